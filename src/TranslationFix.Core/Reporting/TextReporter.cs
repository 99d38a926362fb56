using TranslationFix.Core.Rules;

namespace TranslationFix.Core.Reporting;

/// <summary>Compiler-style lines: <c>path:line:col: severity rule: message</c>.</summary>
public sealed class TextReporter : IReporter
{
    public void Write(IReadOnlyList<FileReport> files, TextWriter output)
    {
        foreach (var file in files)
        {
            foreach (var f in file.Findings)
            {
                string fix = f.Replacement is null ? "" : " [fixable]";
                output.WriteLine($"{file.Path}:{f.Line}:{f.Column}: {f.Severity.ToId()} {f.RuleId}: {f.Message}{fix}");
            }
            foreach (var f in file.Suppressed)
                output.WriteLine($"{file.Path}:{f.Line}:{f.Column}: {f.Severity.ToId()} {f.RuleId}: {f.Message} [suppressed]");
        }
    }
}
