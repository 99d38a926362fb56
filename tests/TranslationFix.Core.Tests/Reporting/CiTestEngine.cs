using TranslationFix.Core.Baselines;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Reporting;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Reporting;

/// <summary>A small engine with a test glossary (the shipped glossaries are not used), for CI-mode tests.</summary>
internal static class CiTestEngine
{
    public static readonly string GlossaryYaml =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "ci-test-glossary.yaml"));

    public static TranslationFixEngine Create() => TranslationFixEngine.Create(new EngineOptions
    {
        UseBuiltInGlossaries = false,
        Glossaries = [GlossaryLoader.Parse(GlossaryYaml, "test.yaml")],
    });

    public static Result Clean(string text, DocumentFormat format = DocumentFormat.Markdown) => Create().Clean(text, format, "news/a.md");

    public static FileReport Report(string text, string path = "news/a.md")
    {
        var findings = Clean(text).Findings;
        return new(path, findings) { Fingerprints = FindingFingerprints.ByFinding(text, findings) };
    }

    public static string Write(IReporter reporter, params FileReport[] files)
    {
        var writer = new StringWriter();
        reporter.Write(files, writer);
        return writer.ToString();
    }
}
