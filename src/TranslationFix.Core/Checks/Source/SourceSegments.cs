using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Source;

/// <summary>The source segments of a document paired with its target text, and how findings name and point at them.</summary>
public static class SourceSegments
{
    /// <summary>The aligned pairs, or none for a document without a source.</summary>
    public static IReadOnlyList<SegmentPair> Pairs(Document document) =>
        document.Source is { } source ? SegmentAligner.Align(source.Text, document.Text, source.Alignment).Pairs : [];

    /// <summary>The target text of <paramref name="pair"/>.</summary>
    public static string Target(Document document, SegmentPair pair) => document.Text.Substring(pair.Target.Start, pair.Target.Length);

    /// <summary>"segment 7, line 12" for a bilingual file, "source paragraph 3" otherwise.</summary>
    public static string Where(Document document, SegmentPair pair) =>
        document.Source!.SegmentNames is { } names && pair.Index < names.Count ? names[pair.Index]
            : $"source {(document.Source.Alignment == AlignmentMode.Lines ? "line" : "paragraph")} {pair.Index + 1}";

    /// <summary>What is missing has no place in the translation: point at the segment's first sentence.</summary>
    public static TextSpan FirstSentence(string text, TextSpan segment)
    {
        var first = SentenceSplitter.Split(text.Substring(segment.Start, segment.Length)).FirstOrDefault();
        return first.Length == 0 ? segment : new TextSpan(segment.Start + first.Start, first.Length);
    }
}
