using System.Text;
using AnyAscii;
using TranslationFix.Core.Glossary.Derivation;

namespace TranslationFix.Core.Glossary;

/// <summary>
/// Derives the romanised forms MT writes for a source-language name (pinyin for Chinese, and the
/// like for Japanese, Korean and Cyrillic, all through AnyAscii), so an entry needs few
/// hand-written variants. 奈雪的茶 (organization) gives "Naixuedecha" and "Naixue"; 李开复 (person)
/// gives "Li Kaifu", "Kaifu Li", "Kai-fu Li", ... Matching ignores spaces and hyphens inside a name,
/// so "Naixue" also stands for "Nai Xue".
/// </summary>
public static class VariantDeriver
{
    // Generic tails of Chinese organisation names that MT translates ("Technology", "Group")
    // while it transliterates the distinctive part before them.
    private static readonly string[] OrganizationSuffixes =
    [
        "有限责任公司", "股份有限公司", "有限公司", "控股集团", "集团", "公司", "科技", "技术", "控股", "股份",
        "资本", "创投", "投资", "基金", "银行", "证券", "保险", "智能", "汽车", "网络", "电子", "传媒", "文化",
        "研究院", "研究所", "实验室", "咖啡", "茶饮", "医疗", "生物", "能源", "电器", "半导体", "信息", "软件",
    ];

    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木", "独孤", "南宫", "西门",
    ];

    /// <summary>Romanised variants of <paramref name="entry"/>'s source form (empty when there is nothing useful to derive).</summary>
    public static IReadOnlyList<string> Derive(GlossaryEntry entry)
    {
        if (!entry.Derive || string.IsNullOrWhiteSpace(entry.Source)) return [];
        string source = entry.Source.Trim();
        // Chinese renderings of foreign names (萨姆·奥尔特曼) romanise to nothing MT would write.
        if (source.Contains('·') || source.Contains('•') || !source.Any(IsRomanisable)) return [];

        var results = new List<string>();
        switch (entry.Type)
        {
            case "person":
                AddPersonForms(source, results);
                break;
            case "organization" or "product" or "publication":
                AddJoined(Syllables(source), results);
                var core = DistinctivePart(source);
                if (core != source) AddJoined(Syllables(core), results);
                break;
            default:
                AddJoined(Syllables(source), results);
                break;
        }
        results.AddRange(LiteralVariants.Derive(entry).Select(v => v.Text));

        string canonicalKey = MatchKey.Of(entry.Canonical);
        return [.. results
            .Where(v => MatchKey.Of(v).Length >= 4)
            .Where(v => MatchKey.Of(v) != canonicalKey)
            .Where(v => !IsPersonFormOfCanonical(entry, v))
            .DistinctBy(MatchKey.Of)];
    }

    /// <summary>
    /// The bare short form of an organisation's source: its distinctive part romanised when the
    /// source has more (奈雪的茶 → "Naixue"), else null. Such a truncation is a weak variant: it is
    /// rewritten only where the article also holds a full rendering.
    /// </summary>
    public static string? ShortForm(GlossaryEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Source) || entry.Type is not ("organization" or "product" or "publication")) return null;
        string source = entry.Source.Trim();
        string core = DistinctivePart(source);
        if (core == source) return null;
        var syllables = Syllables(core);
        return syllables.Count < 2 ? null : Capitalize(string.Concat(syllables));
    }

    /// <summary>The syllables of a romanised source: AnyAscii capitalises each Han syllable.</summary>
    public static IReadOnlyList<string> Syllables(string source)
    {
        var result = new List<string>();
        foreach (var ch in source.EnumerateRunes())
        {
            string latin = ch.ToString().Transliterate();
            if (latin.Length == 0 || !latin.All(char.IsAsciiLetter)) continue;
            result.Add(char.ToUpperInvariant(latin[0]) + latin[1..].ToLowerInvariant());
        }
        return result;
    }

    private static void AddJoined(IReadOnlyList<string> syllables, List<string> results)
    {
        if (syllables.Count < 2) return;
        results.Add(Capitalize(string.Concat(syllables)));
    }

    private static void AddPersonForms(string source, List<string> results)
    {
        var chars = source.Where(IsRomanisable).Select(c => c.ToString()).ToList();
        if (chars.Count is < 2 or > 4) return;
        int surnameLength = CompoundSurnames.Any(s => source.StartsWith(s, StringComparison.Ordinal)) ? 2 : 1;
        string surname = string.Concat(Syllables(string.Concat(chars.Take(surnameLength))));
        var givenSyllables = Syllables(string.Concat(chars.Skip(surnameLength)));
        if (surname.Length == 0 || givenSyllables.Count == 0) return;
        string given = Capitalize(string.Concat(givenSyllables));
        string hyphenated = string.Join("-", givenSyllables.Select((s, i) => i == 0 ? s : s.ToLowerInvariant()));
        surname = Capitalize(surname);
        results.Add($"{surname} {given}");
        results.Add($"{given} {surname}");
        if (givenSyllables.Count > 1)
        {
            results.Add($"{surname} {hyphenated}");
            results.Add($"{hyphenated} {surname}");
        }
    }

    // A person whose canonical English name is the pinyin itself (Wang Huiwen) gets no derived
    // forms: "Huiwen Wang" is a legitimate Western-order spelling, not an MT error.
    private static bool IsPersonFormOfCanonical(GlossaryEntry entry, string variant)
    {
        if (entry.Type != "person") return false;
        var forms = new List<string>();
        AddPersonForms(entry.Source!, forms);
        string canonicalKey = MatchKey.Of(entry.Canonical);
        return forms.Any(f => MatchKey.Of(f) == canonicalKey);
    }

    private static string DistinctivePart(string source)
    {
        string core = source;
        int de = core.IndexOf('的');
        if (de >= 2) core = core[..de];
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var suffix in OrganizationSuffixes)
            {
                if (core.Length > suffix.Length + 1 && core.EndsWith(suffix, StringComparison.Ordinal))
                {
                    core = core[..^suffix.Length];
                    changed = true;
                }
            }
        }
        return core;
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    internal static bool IsRomanisable(char c) =>
        c is >= '\u3040' and <= '\u30FF'   // kana
          or >= '\u3400' and <= '\u4DBF'   // CJK extension A
          or >= '\u4E00' and <= '\u9FFF'   // CJK unified ideographs
          or >= '\uAC00' and <= '\uD7AF'   // Hangul syllables
          or >= '\u0400' and <= '\u04FF';  // Cyrillic
}
