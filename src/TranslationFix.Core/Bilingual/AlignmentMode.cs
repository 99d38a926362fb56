namespace TranslationFix.Core.Bilingual;

/// <summary>How source and translation are paired: paragraph n with paragraph n, or line n with line n.</summary>
public enum AlignmentMode
{
    Paragraphs,
    Lines,
}
