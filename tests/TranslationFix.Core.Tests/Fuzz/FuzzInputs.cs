using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace TranslationFix.Fuzz;

/// <summary>
/// Generators for the fuzz properties (Core and CLI tests share this file): article-like texts
/// built from pieces that trigger the checks, glossaries in YAML (valid and broken), bilingual
/// files, and byte-level mutations of any of them. TFIX_FUZZ_COUNT raises the number of cases
/// (the CI default keeps each property to about a second; docs/reliability.md has the long run).
/// </summary>
public static class FuzzInputs
{
    /// <summary>Cases per property: <paramref name="ciDefault"/>, or TFIX_FUZZ_COUNT when set.</summary>
    public static int Count(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("TFIX_FUZZ_COUNT"), out int n) && n > 0 ? n : ciDefault;

    public static Config Config(int ciDefault) =>
        FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Count(ciDefault)).WithQuietOnSuccess(true);

    private static readonly string[] Words =
    [
        "the", "a", "and", "said", "company", "market", "In", "With", "with", "With", "of", "Mr", "Dr.", "U.S.", "e.g.",
        "Naixue's tea", "Nai Xue", "Nayuki", "Huang Renxun", "Renxun", "Jensen Huang", "Kaifu Li", "Kai-Fu Lee", "ByteDance", "Byte Dance",
        "big model", "big models", "large model", "EV", "EVs", "electric vehicle", "CEO", "ceo", "AI", "iPhone",
        "2020", "1,194", "3.5", "US$540 million", "540 million yuan", "5%", "five", "No. 1", "第一", "亿", "万", "10,000", "1.2 billion",
        ".", ",", ";", ":", "!", "?", "..", ". .", "...", "…", "，", "。", "“", "”", "\"", "'", "’s", "(", ")", "（", "）", "[", "]", "—", "-", "--",
        "**", "*", "_", "`", "```", "#", "> ", "- ", "1. ", "<b>", "</b>", "<!-- tfix-disable -->", "<!-- tfix-enable -->", "&amp;", "&",
        "https://example.com/big-model", "user@example.com", "@someone", "#tag",
        "\n", "\n\n", "\r\n", " ", "  ", "\t", "\u00A0", "\u200B", "\u200D", "\uFEFF", "e\u0301", "👍", "𝐀", "\u202E", "ﬁ", "Ⅻ",
        "記者", "新华社", "北京", "奈雪的茶", "英伟达", "黄仁勋", "人工智能",
    ];

    private static readonly string[] Canonicals = ["Nayuki", "Jensen Huang", "large model", "ByteDance", "Kai-Fu Lee", "electric vehicle", "CEO", "With", "a", "the company"];
    private static readonly string[] Variants = ["Naixue's tea", "Huang Renxun", "big model", "Byte Dance", "Kaifu Li", "EV", "ceo", "with", "A", "company", "Nai Xue", "Renxun"];
    private static readonly string[] Patterns = [@"\bEV\b", @"\bbig (model|models)\b", @"(\d+) per cent", @"\bNai ?Xue\b", @"[", @"(a+)+b", @"\b\w+\b", @"(?i)with", "."];
    private static readonly string[] Replacements = ["electric vehicle", "large $1", "$1 percent", "Nayuki", "$2", "x", "$0$0", "", "EV"];

    public static Gen<string> Document =>
        Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n))
            .SelectMany(parts => Gen.Elements(" ", "", " ").Select(sep => string.Join(sep, parts)));

    /// <summary>A glossary in YAML: mostly well-formed entries and rules, sometimes odd values or broken YAML.</summary>
    public static Gen<string> GlossaryYaml =>
        Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(GlossaryItem, n)).Select(items => string.Concat(items))
            .SelectMany(yaml => Gen.Frequency((6, Gen.Constant(yaml)), (1, Mutate(yaml))));

    private static Gen<string> GlossaryItem =>
        Gen.Frequency(
            (5, from canonical in Gen.Elements(Canonicals)
                from variants in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(Variants), n))
                from type in Gen.Elements("person", "organization", "term", "product", "place")
                from action in Gen.Elements("fix", "flag")
                select $"- canonical: {Quote(canonical)}\n  type: {type}\n  action: {action}\n  variants: [{string.Join(", ", variants.Select(Quote))}]\n"),
            (2, from pattern in Gen.Elements(Patterns)
                from replace in Gen.Elements(Replacements)
                from ignoreCase in Gen.Elements("true", "false")
                select $"- pattern: {Quote(pattern)}\n  replace: {Quote(replace)}\n  ignore_case: {ignoreCase}\n"),
            (1, Gen.Elements("- canonical: x\n  variants: &v [a, b]\n- canonical: y\n  variants: *v\n", "---\n", "- [\n", "- canonical:\n",
                "- canonical: x\n\tvariants: [a]\n", "- canonical: x\n  unknown: 1\n", "- canonical: x\n  variants: *nope\n", "[[[[[[[[[[", "- {canonical: x, canonical: y}\n")));

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>A bilingual file's name and text: XLIFF, TMX or JSONL from random segments, sometimes mutated.</summary>
    public static Gen<(string Name, string Text)> BilingualFile =>
        from kind in Gen.Elements("xlf", "tmx", "jsonl")
        from segments in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Document, n))
        let text = Bilingual(kind, segments)
        from final in Gen.Frequency((3, Gen.Constant(text)), (1, Mutate(text)))
        select ($"input.{kind}", final);

    private static string Bilingual(string kind, string[] targets)
    {
        static string Xml(string s) => System.Security.SecurityElement.Escape(new string(s.Where(XmlChar).ToArray())) ?? "";
        static bool XmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');
        var text = new StringBuilder();
        switch (kind)
        {
            case "xlf":
                text.Append("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file source-language=\"zh\" target-language=\"en\"><body>\n");
                for (int i = 0; i < targets.Length; i++)
                    text.Append($"<trans-unit id=\"{i}\"><source>源{i}</source><target><g id=\"1\">{Xml(targets[i])}</g></target></trans-unit>\n");
                text.Append("</body></file></xliff>\n");
                break;
            case "tmx":
                text.Append("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"zh\"/><body>\n");
                foreach (var t in targets)
                    text.Append($"<tu><tuv xml:lang=\"zh\"><seg>源</seg></tuv><tuv xml:lang=\"en\"><seg>{Xml(t)}</seg></tuv></tu>\n");
                text.Append("</body></tmx>\n");
                break;
            default:
                foreach (var t in targets)
                    text.Append(System.Text.Json.JsonSerializer.Serialize(new { source = "源", target = t })).Append('\n');
                break;
        }
        return text.ToString();
    }

    /// <summary>The text with a few edits: a character dropped, doubled, swapped for a hostile one, or the text cut short.</summary>
    public static Gen<string> Mutate(string text) =>
        Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Edit, n)).Select(edits => edits.Aggregate(text, (t, edit) => edit(t)));

    private static readonly string[] Hostile = ["\"", "'", "<", ">", "&", "]", "[", "{", "}", ":", "-", "\t", "\n", "\\", "\\ud800", "*", "&e;", "---", "\0", "\uD800", "%", "$1"];

    private static Gen<Func<string, string>> Edit =>
        from kind in Gen.Choose(0, 3)
        from at in Gen.Choose(0, 1_000_000)
        from piece in Gen.Elements(Hostile)
        select (Func<string, string>)(t =>
        {
            if (t.Length == 0) return piece;
            int i = at % t.Length;
            return kind switch
            {
                0 => t.Remove(i, 1),
                1 => t.Insert(i, t[i].ToString()),
                2 => t.Insert(i, piece),
                _ => t[..i],
            };
        });
}
