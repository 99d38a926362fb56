using TranslationFix.Core.Text;

namespace TranslationFix.Core.Bilingual;

/// <summary>
/// Pairs the parts of a source text with the parts of its translation by position. Parts one side
/// has and the other lacks are left unpaired; <see cref="Alignment.Unpaired"/> counts them.
/// </summary>
public static class SegmentAligner
{
    public static Alignment Align(string source, string target, AlignmentMode mode)
    {
        var sourceParts = Split(source, mode);
        var targetParts = Split(target, mode);
        int n = Math.Min(sourceParts.Count, targetParts.Count);
        var pairs = new List<SegmentPair>(n);
        for (int i = 0; i < n; i++)
        {
            var s = sourceParts[i];
            pairs.Add(new SegmentPair(i, source.Substring(s.Start, s.Length), targetParts[i]));
        }
        return new Alignment(pairs, sourceParts.Count, targetParts.Count);
    }

    /// <summary>Paragraphs (runs of non-blank lines) or non-blank lines, as spans.</summary>
    public static IReadOnlyList<TextSpan> Split(string text, AlignmentMode mode)
    {
        if (mode == AlignmentMode.Paragraphs) return Document.Create(text).Paragraphs;
        var lines = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            int end = text.IndexOfAny(['\r', '\n'], i);
            if (end < 0) end = text.Length;
            if (!text.AsSpan(i, end - i).IsWhiteSpace()) lines.Add(TextSpan.FromBounds(i, end));
            i = end;
            if (i < text.Length && text[i] == '\r') i++;
            if (i < text.Length && text[i] == '\n') i++;
        }
        return lines;
    }
}

/// <summary>The pairs found, and how many parts each side had.</summary>
public sealed record Alignment(IReadOnlyList<SegmentPair> Pairs, int SourceParts, int TargetParts)
{
    public bool IsComplete => SourceParts == TargetParts;
}
