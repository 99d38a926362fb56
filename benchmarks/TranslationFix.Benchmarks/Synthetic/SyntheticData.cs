using System.Text;
using TranslationFix.Core.Glossary;

namespace TranslationFix.Benchmarks.Synthetic;

/// <summary>
/// Deterministic article-like text and glossaries of any size: pinyin-style names with the ways MT
/// garbles them, and English filler with those variants sprinkled in (about one per 1.5 KB).
/// </summary>
public static class SyntheticData
{
    private static readonly string[] Syllables =
    [
        "zhang", "wei", "li", "na", "xue", "bai", "du", "teng", "xun", "mei", "tuan", "jing", "dong", "hua", "xing",
        "yun", "feng", "long", "qi", "an", "bo", "chen", "ding", "fang", "guo", "hai", "jun", "kai", "lan", "ming",
        "ning", "pei", "qing", "rui", "shan", "tao", "xin", "yan", "zhi", "zhou", "lin", "song", "tian", "yu", "hong",
    ];

    private static readonly string[] Suffixes = ["tea", "technology", "group", "capital", "motors", "bank", "media", "robotics"];

    private static readonly string[] Filler =
    (
        "the company said on monday that its revenue for the quarter rose while costs fell and analysts " +
        "expected further growth in the market after investors welcomed the news of a new round of funding " +
        "led by several funds which valued the startup at more than its rivals in the sector according to " +
        "people familiar with the matter who asked not to be named because the talks are private and the " +
        "chief executive told reporters in beijing that demand for its products remained strong this year " +
        "despite a slowdown in consumer spending and tighter rules on lending to property developers"
    ).Split(' ');

    /// <summary>Entry i: a canonical brand name and two garbled spellings of it.</summary>
    public static Glossary Glossary(int entries)
    {
        var list = new List<GlossaryEntry>(entries);
        for (int i = 0; i < entries; i++)
        {
            var (canonical, variants) = Entry(i);
            list.Add(new GlossaryEntry { Canonical = canonical, Type = "organization", Variants = variants, Derive = false });
        }
        return new Glossary(list, [], "zh-en");
    }

    public static (string Canonical, string[] Variants) Entry(int i)
    {
        string a = Syllables[i % Syllables.Length];
        string b = Syllables[i / Syllables.Length % Syllables.Length];
        string c = Syllables[i / (Syllables.Length * Syllables.Length) % Syllables.Length];
        string suffix = Suffixes[i % Suffixes.Length];
        string name = Cap(a) + b + (i >= Syllables.Length * Syllables.Length ? c : "");
        return ($"{name}{i % 10} {Cap(suffix)}", [$"{Cap(a)} {Cap(b)}{c}{i % 10}'s {suffix}", $"{Cap(a)}{b}{c}{i % 10} {suffix} company"]);
    }

    /// <summary>About <paramref name="bytes"/> of text: sentences of filler, and a glossary variant every ~1.5 KB.</summary>
    public static string Text(int bytes, int entries, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(bytes + 256);
        int nextVariant = random.Next(500, 2500);
        while (text.Length < bytes)
        {
            int words = random.Next(8, 24);
            for (int w = 0; w < words; w++)
            {
                string word = Filler[random.Next(Filler.Length)];
                text.Append(w == 0 ? Cap(word) : word).Append(' ');
            }
            if (text.Length >= nextVariant && entries > 0)
            {
                var (_, variants) = Entry(random.Next(entries));
                text.Append(variants[random.Next(variants.Length)]).Append(' ');
                nextVariant = text.Length + random.Next(500, 2500);
            }
            text.Length--;
            text.Append(". ");
            if (random.Next(5) == 0) text.Append("\n\n");
        }
        return text.ToString();
    }

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
