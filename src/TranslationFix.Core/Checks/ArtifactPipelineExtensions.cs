using TranslationFix.Core.Checks.Boilerplate;
using TranslationFix.Core.Checks.Casing;
using TranslationFix.Core.Checks.Markdown;
using TranslationFix.Core.Checks.Punctuation;
using TranslationFix.Core.Checks.Sentences;
using TranslationFix.Core.Engine;

namespace TranslationFix.Core.Checks;

public static class ArtifactPipelineExtensions
{
    /// <summary>
    /// Adds the checks for MT artifacts that need no glossary: punctuation, casing, scraped
    /// boilerplate, broken Markdown emphasis and sentence fragments. <paramref name="knownNames"/>
    /// (the glossary's canonical forms, say) are never lowered by the casing check.
    /// </summary>
    public static CheckPipelineBuilder UseArtifactChecks(this CheckPipelineBuilder builder, IEnumerable<string>? knownNames = null)
    {
        builder.AddOnce(() => new ScrapedBoilerplateCheck());
        builder.AddOnce(() => new FullWidthPunctuationCheck());
        builder.AddOnce(() => new DoublePeriodCheck());
        builder.AddOnce(() => new PeriodBeforeCommaCheck());
        builder.AddOnce(() => new SpaceBeforePunctuationCheck());
        builder.AddOnce(() => new SpaceAfterPunctuationCheck());
        builder.AddOnce(() => new QuoteSpacingCheck());
        builder.AddOnce(() => new DoubledWordCheck());
        builder.AddOnce(() => new UnbalancedQuoteCheck());
        builder.AddOnce(() => new UnbalancedBracketCheck());
        builder.AddOnce(() => new EmphasisSpacingCheck());
        builder.AddOnce(() => new MidSentenceCapitalCheck(knownNames?.ToList()));
        builder.AddOnce(() => new SentenceFragmentCheck());
        return builder;
    }
}
