using BenchmarkDotNet.Running;
using TranslationFix.Benchmarks.Synthetic;

// `generate DIR [MB] [ENTRIES]` writes the synthetic corpus and glossaries benchmarks/compare.sh times;
// `shapes DIR [MB] [ENTRIES]` writes the same text as lines and as one line for benchmarks/linearity.sh;
// anything else goes to BenchmarkDotNet (e.g. `--filter '*Glossary*' --job short`).
if (args.Length > 0 && args[0] == "generate")
    return CorpusGenerator.Run(args[1..]);
if (args.Length > 0 && args[0] == "shapes")
    return ShapeGenerator.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
