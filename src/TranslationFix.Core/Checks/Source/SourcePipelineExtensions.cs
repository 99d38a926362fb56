using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;

namespace TranslationFix.Core.Checks.Source;

public static class SourcePipelineExtensions
{
    /// <summary>
    /// Adds the checks that read the source segment of each translation (they do nothing for a
    /// document without a source): carried tokens, key terms of <paramref name="glossary"/>, and
    /// untranslated or truncated segments.
    /// </summary>
    public static CheckPipelineBuilder UseSourceChecks(this CheckPipelineBuilder builder, CompiledGlossary? glossary = null)
    {
        builder.AddOnce(() => new CarriedTokenCheck());
        if (glossary is not null) builder.AddOnce(() => new KeyTermCheck(glossary));
        builder.AddOnce(() => new UntranslatedSegmentCheck());
        return builder;
    }
}
