using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Checks.Numbers;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Numbers;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Numbers;

/// <summary>A pipeline with the number checks only, shared by the number tests (building it is cheap, the recognisers are cached per check).</summary>
internal static class NumberTestEngine
{
    private static readonly CheckPipeline Default = new CheckPipelineBuilder().UseNumbers().Build();

    public static CheckPipeline With(NumberOptions options) => new CheckPipelineBuilder().UseNumbers(options).Build();

    public static Result Fix(string text, SourceText? source = null, CheckPipeline? pipeline = null) =>
        new Fixer(pipeline ?? Default).Fix(Document.Create(text).WithSource(source));

    public static IReadOnlyList<Finding> Findings(string text, string? ruleId = null, SourceText? source = null, CheckPipeline? pipeline = null) =>
        [.. Fix(text, source, pipeline).Findings.Where(f => ruleId is null || f.RuleId == ruleId)];

    public static string Corrected(string text, SourceText? source = null, CheckPipeline? pipeline = null) =>
        Fix(text, source, pipeline).Corrected.Text;

    /// <summary>The folder holding TranslationFix.sln (for corpus files).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TranslationFix.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("TranslationFix.sln not found above " + AppContext.BaseDirectory);
    }
}
