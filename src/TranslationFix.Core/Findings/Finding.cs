using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Findings;

/// <summary>
/// One problem found in a text. With a <see cref="Replacement"/> it is a fix the engine is sure of;
/// without one it is a flag for an editor: the tool does not guess.
/// </summary>
public sealed record Finding(
    RuleDescriptor Rule,
    Severity Severity,
    TextSpan Span,
    int Line,
    int Column,
    string Text,
    string Message,
    string? Replacement)
{
    public string RuleId => Rule.Id;

    public bool HasFix => Replacement is not null;

    /// <summary>Who proposed the replacement, when not the rule itself (e.g. "translator").</summary>
    public string? Origin { get; init; }
}
