using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks;

/// <summary>What a check gets besides the document: severity overrides, and a way to make findings.</summary>
public sealed class CheckContext
{
    private readonly IReadOnlyDictionary<string, Severity> _severities;

    public CheckContext(IReadOnlyDictionary<string, Severity>? severityOverrides = null)
    {
        _severities = severityOverrides ?? new Dictionary<string, Severity>();
    }

    public static CheckContext Default { get; } = new();

    public Severity SeverityOf(RuleDescriptor rule) =>
        _severities.TryGetValue(rule.Id, out var s) ? s : rule.DefaultSeverity;

    /// <summary>Makes a finding for <paramref name="span"/>, with line and column filled in.</summary>
    public Finding Report(RuleDescriptor rule, Document document, TextSpan span, string message, string? replacement = null)
    {
        var (line, column) = document.Lines.GetPosition(span.Start);
        return new Finding(rule, SeverityOf(rule), span, line, column,
            document.Text.Substring(span.Start, span.Length), message, replacement);
    }
}
