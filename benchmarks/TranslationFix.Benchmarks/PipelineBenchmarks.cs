using BenchmarkDotNet.Attributes;
using TranslationFix.Benchmarks.Synthetic;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Text;

namespace TranslationFix.Benchmarks;

/// <summary>
/// The whole engine on one 1 MB text with a 10k-entry glossary (the default pipeline: every
/// built-in check): analysis alone, and the fix loop (analyse, fix, analyse again). Also
/// Document.Create alone, which scans protected regions.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const int TextBytes = 1_000_000;
    private TranslationFixEngine _engine = null!;
    private Document _document = null!;
    private string _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = TranslationFixEngine.Create(new EngineOptions
        {
            UseBuiltInGlossaries = false,
            Glossaries = [SyntheticData.Glossary(10_000)],
        });
        _text = SyntheticData.Text(TextBytes, 10_000, seed: 2);
        _document = Document.Create(_text);
    }

    [Benchmark(Description = "Document.Create, 1 MB")]
    public int CreateDocument() => Document.Create(_text).ProtectedRegions.Count;

    [Benchmark(Description = "Pipeline.Analyze, 1 MB, 10k entries")]
    public int Analyze() => _engine.Pipeline.Analyze(_document).Count;

    [Benchmark(Description = "Engine.Fix, 1 MB, 10k entries")]
    public int Fix() => _engine.Fix(_document).AppliedFixes.Count;
}
