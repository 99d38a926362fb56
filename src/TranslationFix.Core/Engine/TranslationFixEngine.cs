using TranslationFix.Core.Checks.Glossary;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Engine;

/// <summary>
/// The library's entry point: build an engine from options once, then clean any number of
/// texts (from any number of threads) and get a <see cref="Result"/> for each.
/// <code>
/// var engine = TranslationFixEngine.Create(new EngineOptions());
/// Result r = engine.Clean("Naixue's tea CTO He Gang has resigned.");
/// </code>
/// </summary>
public sealed class TranslationFixEngine
{
    private readonly Fixer _fixer;

    public TranslationFixEngine(CheckPipeline pipeline, EngineOptions options)
    {
        Pipeline = pipeline;
        Options = options;
        _fixer = new Fixer(pipeline, options.MaxPasses);
    }

    public CheckPipeline Pipeline { get; }
    public EngineOptions Options { get; }

    public static TranslationFixEngine Create(EngineOptions? options = null)
    {
        options ??= new EngineOptions();
        var builder = new CheckPipelineBuilder();
        builder.UseDefaults(LoadGlossary(options), options.Numbers);
        foreach (var rule in options.DisabledRules) builder.Disable(rule);
        foreach (var (rule, severity) in options.SeverityOverrides) builder.SetSeverity(rule, severity);
        return new TranslationFixEngine(builder.Build(), options);
    }

    /// <summary>The glossaries the options choose: shipped pairs (named, or every pair whose target is the language) plus the extra ones.</summary>
    public static IReadOnlyList<Glossary.Glossary> SelectGlossaries(EngineOptions options)
    {
        var parts = new List<Glossary.Glossary>();
        if (options.UseBuiltInGlossaries)
        {
            parts.AddRange(options.Pairs.Count > 0
                ? options.Pairs.Select(BuiltInGlossaries.For)
                : BuiltInGlossaries.ForTarget(options.Language));
        }
        parts.AddRange(options.Glossaries);
        return parts;
    }

    /// <summary>The chosen glossaries merged into one, as data (e.g. to fingerprint it).</summary>
    /// <summary>The user's glossaries win over the shipped ones (<see cref="GlossaryLayering"/>).</summary>
    public static Glossary.Glossary SelectGlossary(EngineOptions options)
    {
        var shipped = options.UseBuiltInGlossaries
            ? (options.Pairs.Count > 0 ? options.Pairs.Select(BuiltInGlossaries.For) : BuiltInGlossaries.ForTarget(options.Language)).ToList()
            : [];
        return GlossaryLayering.Layer(shipped, options.Glossaries, options.DisabledEntries, options.FixPreferences);
    }

    public static CompiledGlossary LoadGlossary(EngineOptions options) => new(SelectGlossary(options));

    public Result Clean(string text, DocumentFormat format = DocumentFormat.Plain, string? path = null) =>
        Fix(Document.Create(text, format, Options.Language, path));

    public Result Fix(Document document) => _fixer.Fix(document);

    /// <summary>The findings on the text as it is (what <c>check</c> reports), without fixing anything.</summary>
    public IReadOnlyList<Findings.Finding> Analyze(Document document) => Pipeline.Analyze(document);
}
