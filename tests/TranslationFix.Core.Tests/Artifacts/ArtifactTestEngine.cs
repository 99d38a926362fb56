using TranslationFix.Core.Checks;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Artifacts;

/// <summary>Runs one check (or all artifact checks) through the real fixer loop.</summary>
internal static class ArtifactTestEngine
{
    public static string Fix(ICheck check, string text, string language = "en", DocumentFormat format = DocumentFormat.Plain) =>
        Run(new CheckPipelineBuilder().Add(check).Build(), text, language, format).Corrected.Text;

    public static IReadOnlyList<Finding> Analyze(ICheck check, string text, string language = "en", DocumentFormat format = DocumentFormat.Plain) =>
        new CheckPipelineBuilder().Add(check).Build().Analyze(Document.Create(text, format, language));

    /// <summary>Every artifact check together, as the default pipeline adds them.</summary>
    public static string FixAll(string text, string language = "en", DocumentFormat format = DocumentFormat.Plain) =>
        Run(new CheckPipelineBuilder().UseArtifactChecks().Build(), text, language, format).Corrected.Text;

    /// <summary>Fixes <paramref name="text"/> with one check, asserts that fixing the result again changes nothing, and returns it.</summary>
    public static string FixIdempotent(ICheck check, string text, string language = "en", DocumentFormat format = DocumentFormat.Plain)
    {
        string once = Fix(check, text, language, format);
        Assert.Equal(once, Fix(check, once, language, format));
        return once;
    }

    private static Result Run(CheckPipeline pipeline, string text, string language, DocumentFormat format) =>
        new Fixer(pipeline).Fix(Document.Create(text, format, language));
}
