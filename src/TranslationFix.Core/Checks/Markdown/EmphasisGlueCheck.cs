using System.Text.RegularExpressions;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Markdown;

/// <summary>
/// Bold markers MT moved onto the wrong side of a space: "word** text**" (the opening marker glued
/// to the word before), "**Label:**Text" (no space after the closing marker, so the label runs into
/// the text) and a stray unpaired "? **" left at the end of a line. Headings, code, lists and lines
/// whose markers already pair up cleanly are left alone; single * is never touched.
/// </summary>
public sealed partial class EmphasisGlueCheck : ICheck
{
    public static readonly RuleDescriptor Rule = new("markdown.emphasis-glue", "Bold marker on the wrong side", Severity.Warning,
        "A ** marker glued to the wrong word ('word** text**' → 'word **text**', '**Label:**Text' → '**Label:** Text') or left unpaired at a line end ('? **'); repaired.",
        priority: 31);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    [GeneratedRegex(@"(?<=[\p{L}\d,;])\*\* (?<inner>[^*\s][^*\n]{0,80}?[^\s*])\*\*(?![\p{L}\d*])", RegexOptions.CultureInvariant)]
    private static partial Regex OpenerGluedBefore();

    [GeneratedRegex(@"(?<![*\p{L}\d])\*\*(?<label>[^*\s][^*\n]{0,60}?[:：])\*\*(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex LabelGluedAfter();

    [GeneratedRegex(@"(?<=[?!.。？！]) \*\*(?=[ \t]*$)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex StrayCloser();

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        string text = document.Text;
        if (!text.Contains("**", StringComparison.Ordinal)) yield break;
        foreach (Match m in OpenerGluedBefore().Matches(text))
        {
            if (!Usable(document, m.Index, m.Length)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index, m.Length),
                "the opening '**' is glued to the word before it", $" **{m.Groups["inner"].Value}**");
        }
        foreach (Match m in LabelGluedAfter().Matches(text))
        {
            if (!Usable(document, m.Index, m.Length)) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index + m.Length, 0), "no space after the bold label", " ");
        }
        foreach (Match m in StrayCloser().Matches(text))
        {
            if (!Usable(document, m.Index, m.Length) || MarkersOnLine(text, m.Index) % 2 == 0) continue;
            yield return context.Report(Rule, document, new TextSpan(m.Index, m.Length), "an unpaired '**' at the end of the line", "");
        }
    }

    private static bool Usable(Document document, int start, int length)
    {
        if (document.IsProtected(start, length)) return false;
        int lineStart = start;
        while (lineStart > 0 && document.Text[lineStart - 1] is not ('\n' or '\r')) lineStart--;
        // Headings and code are not emphasis.
        return document.Text.Length == lineStart || document.Text[lineStart] is not ('#' or '`' or '\t') && !document.Text.AsSpan(lineStart).StartsWith("    ");
    }

    private static int MarkersOnLine(string text, int at)
    {
        int start = at, end = at;
        while (start > 0 && text[start - 1] is not ('\n' or '\r')) start--;
        while (end < text.Length && text[end] is not ('\n' or '\r')) end++;
        int count = 0;
        for (int i = text.IndexOf("**", start, end - start, StringComparison.Ordinal); i >= 0 && i < end;
             i = i + 2 < end ? text.IndexOf("**", i + 2, end - i - 2, StringComparison.Ordinal) : -1)
            count++;
        return count;
    }
}
