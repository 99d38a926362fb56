namespace TranslationFix.Core.Glossary;

public enum GlossaryAction
{
    /// <summary>Rewrite the variant to the canonical form.</summary>
    Fix,

    /// <summary>Report the variant for an editor; never rewrite it (it is also plain English).</summary>
    Flag,
}
