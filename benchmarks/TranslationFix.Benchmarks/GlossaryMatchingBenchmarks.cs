using BenchmarkDotNet.Attributes;
using TranslationFix.Benchmarks.Synthetic;
using TranslationFix.Core.Checks;
using TranslationFix.Core.Checks.Glossary;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Text;

namespace TranslationFix.Benchmarks;

/// <summary>
/// Glossary matching over 1 MB of article-like text with 1k, 10k and 100k entries: the raw
/// Aho-Corasick scan, and the whole glossary check (word bounds, case, overlaps, findings).
/// MB/s = 1 / mean in seconds.
/// </summary>
[MemoryDiagnoser]
public class GlossaryMatchingBenchmarks
{
    private const int TextBytes = 1_000_000;
    private CompiledGlossary _glossary = null!;
    private GlossaryCheck _check = null!;
    private Document _document = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _glossary = new CompiledGlossary(SyntheticData.Glossary(Entries));
        _check = new GlossaryCheck(_glossary);
        _document = Document.Create(SyntheticData.Text(TextBytes, Entries, seed: 1));
    }

    [Benchmark(Description = "TermMatcher.FindAll, 1 MB")]
    public int Scan()
    {
        int n = 0;
        foreach (var _ in _glossary.Matcher.FindAll(_document.Text)) n++;
        return n;
    }

    [Benchmark(Description = "GlossaryCheck.Analyze, 1 MB")]
    public int Check() => _check.Analyze(_document, CheckContext.Default).Count();
}
