using System.Reflection;
using BenchmarkDotNet.Attributes;
using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Checks.Numbers;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Text;

namespace TranslationFix.Benchmarks;

/// <summary>
/// The number layer (UseNumbers: within-text checks, and the source comparison when a source is
/// attached) on ~55 KiB of news text: the zh-en corpus pair repeated, and prose without a digit
/// (which the pre-filter should wave through). MB/s = TargetBytes / mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class NumberLayerBenchmarks
{
    private const int Repeat = 40;

    private CheckPipeline _pipeline = null!;
    private Document _plain = null!, _withSource = null!, _noDigits = null!;

    [GlobalSetup]
    public void Setup()
    {
        string english = Read("numbers-funding.en.txt");
        string source = Repeated(Read("numbers-funding.zh.txt"), Repeat);
        string target = Repeated(english, Repeat);
        // The same size of prose without a digit: the paragraphs without one, repeated.
        string noDigits = string.Join("\n\n", english.Split("\n\n").Where(p => !p.Any(char.IsAsciiDigit)));
        string prose = Repeated(noDigits, target.Length / noDigits.Length + 1);
        _pipeline = new CheckPipelineBuilder().UseNumbers().Build();
        _plain = Document.Create(target);
        _withSource = _plain.WithSource(new SourceText(source, "zh"));
        _noDigits = Document.Create(prose);
        _pipeline.Analyze(_withSource); // build the recognisers' models outside the measurement
        Console.WriteLine($"// target {target.Length * 2 / 1024.0:0.0} KiB (UTF-16), no-digit prose {prose.Length * 2 / 1024.0:0.0} KiB, source {source.Length * 2 / 1024.0:0.0} KiB");
    }

    [Benchmark(Baseline = true, Description = "within text (no source)")]
    public int WithinText() => _pipeline.Analyze(_plain).Count;

    [Benchmark(Description = "against the source (zh)")]
    public int AgainstSource() => _pipeline.Analyze(_withSource).Count;

    [Benchmark(Description = "prose without digits")]
    public int NoDigits() => _pipeline.Analyze(_noDigits).Count;

    private static string Repeated(string text, int times) => string.Join("\n\n", Enumerable.Repeat(text.Trim(), times));

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"corpus/{name}")
            ?? throw new InvalidOperationException($"corpus/{name} is not embedded");
        return new StreamReader(stream).ReadToEnd();
    }
}
