using TranslationFix.Core.Checks.Boilerplate;
using TranslationFix.Core.Checks.Casing;
using TranslationFix.Core.Checks.Markdown;
using TranslationFix.Core.Checks.Punctuation;
using TranslationFix.Core.Checks.Residue;
using TranslationFix.Core.Checks.Sentences;
using TranslationFix.Core.Engine;

namespace TranslationFix.Core.Checks;

public static class ArtifactPipelineExtensions
{
    /// <summary>
    /// Adds the checks for MT artifacts that need no glossary: punctuation, casing, scraped
    /// boilerplate, untranslated residue, broken Markdown emphasis and sentence fragments. <paramref name="knownNames"/>
    /// (the glossary's canonical forms, say) are never lowered by the casing check.
    /// </summary>
    public static CheckPipelineBuilder UseArtifactChecks(this CheckPipelineBuilder builder, IEnumerable<string>? knownNames = null)
    {
        var names = knownNames?.ToList();
        builder.AddOnce(() => new ScrapedBoilerplateCheck());
        builder.AddOnce(() => new PageMetaLineCheck());
        builder.AddOnce(() => new BreadcrumbCheck());
        builder.AddOnce(() => new SiteBannerCheck());
        builder.AddOnce(() => new DuplicateHeadlineCheck());
        builder.AddOnce(() => new PromoBlockCheck());
        builder.AddOnce(() => new AdvertisingLabelCheck());
        builder.AddOnce(() => new HtmlResidueCheck());
        builder.AddOnce(() => new FullWidthPunctuationCheck());
        builder.AddOnce(() => new ChineseSeparatorCheck());
        builder.AddOnce(() => new UntranslatedTextCheck());
        builder.AddOnce(() => new GluedSentenceCheck(names));
        builder.AddOnce(() => new SpacedHyphenCheck());
        builder.AddOnce(() => new SpaceInsideBracketsCheck());
        builder.AddOnce(() => new SplitTokenCheck());
        builder.AddOnce(() => new DoubledNameCheck(names));
        builder.AddOnce(() => new DoublePeriodCheck());
        builder.AddOnce(() => new PeriodBeforeCommaCheck());
        builder.AddOnce(() => new SpaceBeforePunctuationCheck());
        builder.AddOnce(() => new SpaceAfterPunctuationCheck());
        builder.AddOnce(() => new QuoteSpacingCheck());
        builder.AddOnce(() => new DoubledWordCheck());
        builder.AddOnce(() => new UnbalancedQuoteCheck());
        builder.AddOnce(() => new UnbalancedBracketCheck());
        builder.AddOnce(() => new EmphasisSpacingCheck());
        builder.AddOnce(() => new EmphasisGlueCheck());
        builder.AddOnce(() => new MidSentenceCapitalCheck(names));
        builder.AddOnce(() => new SentenceFragmentCheck());
        return builder;
    }
}
