using System.Text.RegularExpressions;
using TranslationFix.Core.Checks.Punctuation;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Residue;

/// <summary>
/// Chinese punctuation left between English words in a line that is English: the byline bar
/// "Author丨Zhang Mian" (Author: Zhang Mian), the double dash "——" (—), the enumeration comma
/// "、" (,) and full-width brackets, colons and commas. Unlike <c>punct.full-width</c> this works in
/// a paragraph that also holds a Chinese word (a handle, a gloss), but only where the mark sits
/// between Latin words; a line that is mostly CJK is never touched.
/// </summary>
public sealed partial class ChineseSeparatorCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("mt.cjk-punctuation", "Chinese punctuation between English words", Severity.Warning,
        "Chinese punctuation between English words in an English line ('Author丨Zhang', 'A——B', 'x、y', '（', '：'); replaced by English punctuation.",
        priority: 23);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    [GeneratedRegex(@"(?<=[\p{IsBasicLatin}\p{IsLatin-1Supplement}-[\s]]) ?(?<mark>丨|——|、|，|：|；|（|）) ?(?=[A-Za-z0-9“""(])", RegexOptions.CultureInvariant)]
    private static partial Regex MarkBetweenLatin();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (!document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) yield break;
        string text = document.Text;
        foreach (Match m in MarkBetweenLatin().Matches(text))
        {
            char before = text[m.Index - 1];
            if (!char.IsLetterOrDigit(before) && before is not ('.' or ')' or '”' or '"')) continue;
            if (document.IsProtected(m.Index, m.Length) || !ScriptMix.IsLatinLine(text, m.Index)) continue;
            string mark = m.Groups["mark"].Value;
            // "Wen 丨 Name" at a line start: 文 ("text") left in pinyin, the byline's "Text:".
            if (mark == "丨" && IsPinyinTextLabel(text, m.Index))
            {
                yield return context.Report(Rule, document, TextSpan.FromBounds(m.Index - 3, m.Index + m.Length), "'Wen 丨' is the byline label 文丨, 'Text:'", "Text: ");
                continue;
            }
            string replacement = mark switch
            {
                "丨" or "：" => ": ",
                "——" => "—",
                "、" or "，" => ", ",
                "；" => "; ",
                "（" => " (",
                "）" => ") ",
                _ => mark,
            };
            yield return context.Report(Rule, document, new TextSpan(m.Index, m.Length), $"Chinese '{mark}' in an English sentence", replacement);
        }
    }

    private static bool IsPinyinTextLabel(string text, int at) =>
        at >= 3 && text.AsSpan(at - 3, 3).SequenceEqual("Wen") && (at == 3 || text[at - 4] is '\n' or '\r');
}
