using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/TranslationFix.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
