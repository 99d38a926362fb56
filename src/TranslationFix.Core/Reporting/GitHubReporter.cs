using System.Text;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;

namespace TranslationFix.Core.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the
/// changed files: <c>::warning file=a.md,line=3,col=5,endLine=3,endColumn=11,title=name.glossary::message</c>.
/// Info findings become notices. Values are escaped as the runner requires.
/// </summary>
public sealed class GitHubReporter : IReporter
{
    public void Write(IReadOnlyList<FileReport> files, TextWriter output)
    {
        foreach (var file in files)
        {
            foreach (var f in file.Findings)
            {
                var (endLine, endColumn) = FindingEnd.Of(f);
                string message = f.Replacement is null ? f.Message : $"{f.Message} (fixable: tfix fix)";
                output.Write($"::{Command(f.Severity)} file={Property(file.Path)},line={f.Line},col={f.Column},");
                output.Write($"endLine={endLine},endColumn={endColumn},title={Property(f.RuleId)}::{Data(message)}\n");
            }
        }
    }

    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Escapes a message (after the <c>::</c>): %, CR and LF.</summary>
    public static string Data(string value) => new StringBuilder(value)
        .Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>Escapes a property value: as <see cref="Data"/>, plus ':' and ','.</summary>
    public static string Property(string value) => new StringBuilder(Data(value))
        .Replace(":", "%3A").Replace(",", "%2C").ToString();
}
