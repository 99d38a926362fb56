namespace TranslationFix.Core.Glossary;

public enum GlossaryKind
{
    /// <summary>The variants are errors (MT renderings): fixed where the evidence allows.</summary>
    Error,

    /// <summary>The variants are correct names a house may prefer written otherwise: reported as info, fixed only on request.</summary>
    Preference,
}
