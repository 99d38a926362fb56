using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;
using GlossaryModel = TranslationFix.Core.Glossary.Glossary;

namespace TranslationFix.Core.Tests.Support;

/// <summary>Engines built from small YAML glossaries, without the shipped ones, for focused tests.</summary>
public static class TestEngine
{
    public static GlossaryModel Glossary(string yaml) => GlossaryLoader.Parse(yaml, "test.yaml", "zh-en");

    public static TranslationFixEngine FromYaml(string yaml) => TranslationFixEngine.Create(new EngineOptions
    {
        UseBuiltInGlossaries = false,
        Glossaries = [Glossary(yaml)],
    });

    public static string Fix(string yaml, string text) => FromYaml(yaml).Clean(text).Corrected.Text;

    /// <summary>The engine with the shipped glossaries and every built-in check, built once.</summary>
    public static TranslationFixEngine Default => LazyDefault.Value;

    private static readonly Lazy<TranslationFixEngine> LazyDefault = new(() => TranslationFixEngine.Create());

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TranslationFix.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("TranslationFix.sln not found above the test folder");
        }
    }
}
