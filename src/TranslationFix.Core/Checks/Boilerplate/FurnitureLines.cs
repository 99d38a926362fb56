using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Boilerplate;

/// <summary>Line helpers for the checks that remove single lines of page furniture.</summary>
internal static class FurnitureLines
{
    /// <summary>The non-blank lines of <paramref name="text"/>.</summary>
    public static List<TextSpan> NonBlank(string text) =>
        TextLines.Spans(text).Where(l => !text.AsSpan(l.Start, l.Length).IsWhiteSpace()).ToList();

    /// <summary>
    /// What to delete to remove <paramref name="line"/> whole: the line and its line break, and a
    /// blank line after it when one also precedes it, so paragraphs stay one blank line apart.
    /// </summary>
    public static TextSpan RemovalSpan(string text, TextSpan line)
    {
        int end = SkipBreak(text, line.End);
        if (end == line.End)
        {
            // The last line: take the line break before it instead.
            int start = line.Start;
            while (start > 0 && text[start - 1] is '\n' or '\r') start--;
            return TextSpan.FromBounds(start, line.End);
        }
        bool blankBefore = line.Start == 0 || line.Start >= 2 && text[line.Start - 1] == '\n' && text[line.Start - 2] is '\n' or '\r';
        if (blankBefore)
        {
            int afterBlank = SkipBreak(text, end);
            if (afterBlank > end) end = afterBlank;
        }
        return TextSpan.FromBounds(line.Start, end);
    }

    private static int SkipBreak(string text, int at)
    {
        if (at < text.Length && text[at] == '\r') at++;
        if (at < text.Length && text[at] == '\n') at++;
        return at;
    }

    /// <summary>A line of article prose: long, or a sentence of several words.</summary>
    public static bool IsProse(string line)
    {
        var trimmed = line.Trim();
        int words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 14 || words >= 6 && trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '”';
    }

    /// <summary>The lines before the first line of prose (at most <paramref name="max"/>): where headers sit.</summary>
    public static List<TextSpan> HeaderZone(string text, List<TextSpan> lines, int max = 8)
    {
        var zone = new List<TextSpan>();
        foreach (var line in lines)
        {
            if (zone.Count >= max || IsProse(text.Substring(line.Start, line.Length))) break;
            zone.Add(line);
        }
        return zone;
    }
}
