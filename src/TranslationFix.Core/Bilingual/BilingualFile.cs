namespace TranslationFix.Core.Bilingual;

/// <summary>
/// The segments of a bilingual file and the languages it declares. <see cref="ToSourceText"/> and
/// <see cref="TargetText"/> lay the segments out one paragraph each, so the ordinary paragraph
/// alignment pairs them again.
/// </summary>
public sealed record BilingualFile(IReadOnlyList<BilingualSegment> Segments, string? SourceLanguage, string? TargetLanguage)
{
    public string TargetText => Join(Segments.Select(s => s.Target));

    public SourceText ToSourceText(string? language = null) =>
        new(Join(Segments.Select(s => s.Source)), language ?? SourceLanguage, AlignmentMode.Paragraphs)
        {
            SegmentNames = [.. Segments.Select(s => s.Line > 0 ? $"segment {s.Id}, line {s.Line}" : $"segment {s.Id}")],
        };

    // One paragraph per segment: line breaks inside a segment become spaces, so that no segment
    // splits into two paragraphs, and an empty segment still takes its place.
    private static string Join(IEnumerable<string> parts) =>
        string.Join("\n\n", parts.Select(p => string.IsNullOrWhiteSpace(p) ? "-" : Flatten(p)));

    private static string Flatten(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
