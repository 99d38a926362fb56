using Humanizer;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Rules;

namespace TranslationFix.Cli.Output;

public static class FindingSummary
{
    /// <summary>After a fix: the flags left for an editor, compiler-style, and a count line.</summary>
    public static void WriteRemaining(Result result, string path, TextWriter error)
    {
        foreach (var f in result.Remaining)
            error.WriteLine($"{path}:{f.Line}:{f.Column}: {f.Severity.ToId()} {f.RuleId}: {f.Message}");
        error.WriteLine($"{path}: {"fix".ToQuantity(result.AppliedFixes.Count)} applied, {"finding".ToQuantity(result.Remaining.Count)} left for review");
    }
}
