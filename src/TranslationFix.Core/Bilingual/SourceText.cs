namespace TranslationFix.Core.Bilingual;

/// <summary>
/// The text a document was translated from, and how its parts line up with the translation.
/// <paramref name="Language"/> is a BCP 47 primary tag ("zh"), or null to detect it from the script.
/// </summary>
public sealed record SourceText(string Text, string? Language = null, AlignmentMode Alignment = AlignmentMode.Paragraphs)
{
    /// <summary>What to call segment n in messages ("segment 7 (line 12)"), when the text came from a bilingual file.</summary>
    public IReadOnlyList<string>? SegmentNames { get; init; }
}
