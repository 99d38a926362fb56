using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Suppressions;

/// <summary>
/// A stretch of text where some rules (or, with no rules named, all of them) are switched off by
/// an inline comment. <see cref="Span"/> covers the text the comment governs.
/// </summary>
public sealed record Suppression(TextSpan Span, IReadOnlyList<string> Rules, int CommentLine)
{
    public bool AllRules => Rules.Count == 0;

    public bool Covers(string ruleId, int offset) =>
        offset >= Span.Start && offset < Span.End && (AllRules || Rules.Any(r => RuleIdPattern.Covers(r, ruleId)));
}
