using System.Text.RegularExpressions;
using TranslationFix.Core.Checks.Punctuation;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Residue;

/// <summary>
/// Chinese (or Japanese, Korean) text that MT left untranslated in an English article: a word in
/// an English sentence ("the 内卷 trend"), a translator's gloss ("内卷 (neijuan, involution)") or a
/// whole line. Flagged with the span, never deleted: only an editor knows what it says. Native
/// explanations are not flagged: the source form in brackets ("chuhai (出海)"), after "Chinese",
/// "pinyin", "known as" and the like, before "transliterated" or "meaning", and table cells.
/// Without a source text this check works alone; with one, source-aware checks use the same id.
/// </summary>
public sealed partial class UntranslatedTextCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("mt.untranslated", "Untranslated text", Severity.Warning,
        "Chinese, Japanese or Korean text left in an English article (a word, a gloss or a whole line), and with a source a target equal to its source or much shorter than it (a dropped clause); flagged, never deleted. Explanations such as 'in Chinese 奈雪' are not flagged.",
        priority: 0);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    [GeneratedRegex(@"[\u3400-\u4DBF\u4E00-\u9FFF\u3040-\u30FF\uAC00-\uD7AF\uF900-\uFAFF][\u3400-\u4DBF\u4E00-\u9FFF\u3040-\u30FF\uAC00-\uD7AF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFFEF0-9·]*", RegexOptions.CultureInvariant)]
    private static partial Regex CjkRun();

    [GeneratedRegex(@"\b(chinese|mandarin|cantonese|pinyin|japanese|korean|hanzi|kanji|hangul|known as|called|named|name|meaning|means|literally|character|characters|simplified|traditional|title)(?:\s+(?:name|title|word|term|brand|characters?))?(?: as| is)?\W{0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExplainedBefore();

    [GeneratedRegex(@"^\W{0,3}(?:which\s+)?(transliterated|translated|meaning|means|literally|pronounced|pinyin|in chinese|in mandarin|or ‘|or ')", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExplainedAfter();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (!document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) yield break;
        string text = document.Text;
        if (!text.AsSpan().ContainsAnyInRange('\u3040', '\uFAFF')) yield break;
        foreach (var line in TextLines.Spans(text))
        {
            string content = text.Substring(line.Start, line.Length);
            var runs = CjkRun().Matches(content);
            if (runs.Count == 0 || content.Contains('|')) continue;
            if (!ScriptMix.IsLatinLine(text, line.Start))
            {
                // A whole line in Chinese inside an English article.
                if (IsEnglishDocument(text) && !document.IsProtected(line))
                    yield return context.Report(Rule, document, line, "a line left untranslated: translate it or remove it");
                continue;
            }
            foreach (Match run in runs)
            {
                int at = line.Start + run.Index;
                if (run.Value.All(c => c == '丨') || document.IsProtected(at, run.Length) || InBrackets(content, run.Index, run.Length)) continue;
                if (ExplainedBefore().IsMatch(content.AsSpan(0, run.Index).ToString()) ||
                    ExplainedAfter().IsMatch(content[(run.Index + run.Length)..])) continue;
                yield return context.Report(Rule, document, new TextSpan(at, run.Length), $"'{run.Value}' left untranslated");
            }
        }
    }

    private static bool InBrackets(string line, int start, int length)
    {
        int open = line.LastIndexOfAny(['(', '（', '['], start < 1 ? 0 : start - 1);
        if (open < 0) return false;
        int closeBefore = line.LastIndexOfAny([')', '）', ']'], start < 1 ? 0 : start - 1);
        if (closeBefore > open) return false;
        return line.IndexOfAny([')', '）', ']'], start + length) > 0;
    }

    private static bool IsEnglishDocument(string text)
    {
        var (latin, cjk) = ScriptMix.CountLetters(text);
        return latin > 200 && cjk * 10 < latin;
    }
}
