namespace TranslationFix.Core.Bilingual;

/// <summary>
/// The text a document was translated from, and how its parts line up with the translation.
/// <paramref name="Language"/> is a BCP 47 primary tag ("zh"), or null to detect it from the script.
/// </summary>
public sealed record SourceText(string Text, string? Language = null, AlignmentMode Alignment = AlignmentMode.Paragraphs);
