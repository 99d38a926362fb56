using TranslationFix.Core.Checks;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Engine;

/// <summary>
/// Keeps the fix loop honest. It remembers which rule wrote which stretch of the current text, and
/// what that rule had matched there; a later fix of the same rule that matches the same text again
/// inside its own output, without shortening the text, is held back (such a rule rewrites its fix on every run: "EV" →
/// "electric vehicle (EV)", "Huang Renxun Renxun" → "Jensen Jensen Huang"). A chain (one fix's
/// output matched as something else) is not a loop and goes on.
/// When the pass limit ends the loop with fixes still pending, or a fix was held back, the
/// remaining findings get an <c>engine.no-fixed-point</c> warning naming the rule, so the
/// output is never silently unstable.
/// </summary>
public sealed class FixedPointGuard
{
    public static readonly RuleDescriptor NoFixedPointRule = new("engine.no-fixed-point", "Fix did not settle", Severity.Warning,
        "A rule kept changing the text: it matched its own fix again, or still had fixes after the last pass. Those fixes are not applied; check the place by hand.");

    private List<(TextSpan Span, string RuleId, string Matched)> _written = [];
    private readonly List<Finding> _heldBack = [];

    /// <summary>The findings less the fixes that would rewrite their own rule's earlier output.</summary>
    public IReadOnlyList<Finding> Admit(IReadOnlyList<Finding> findings)
    {
        if (_written.Count == 0) return findings;
        var admitted = new List<Finding>(findings.Count);
        foreach (var f in findings)
        {
            // A fix that shortens the text always makes progress (". . ." collapsing step by step);
            // one that keeps or grows its length while matching its own output again can go on for ever.
            if (f.Replacement is not null && f.Replacement.Length >= f.Text.Length && _written.Any(w => w.RuleId == f.RuleId && w.Matched == f.Text && Overlaps(w.Span, f.Span)))
            {
                if (!_heldBack.Any(h => h.RuleId == f.RuleId && h.Span == f.Span)) _heldBack.Add(f);
                continue;
            }
            admitted.Add(f);
        }
        return admitted;
    }

    /// <summary>Records a pass's fixes (sorted, non-overlapping, spans in the text before the pass).</summary>
    public void Applied(IReadOnlyList<Finding> sortedFixes)
    {
        var written = _written.Select(w => (Map(w.Span, sortedFixes), w.RuleId, w.Matched)).ToList();
        int shift = 0;
        foreach (var fix in sortedFixes)
        {
            written.Add((new TextSpan(fix.Span.Start + shift, fix.Replacement!.Length), fix.RuleId, fix.Text));
            shift += fix.Replacement.Length - fix.Span.Length;
        }
        _written = written;
    }

    /// <summary>The remaining findings, with a warning for each rule that did not settle.</summary>
    public IReadOnlyList<Finding> Report(IReadOnlyList<Finding> remaining, Document final, bool passLimitReached, int passes)
    {
        var warnings = new List<Finding>();
        foreach (var f in _heldBack.GroupBy(h => h.RuleId).Select(g => g.Last()))
        {
            warnings.Add(Warn(final, f, $"rule '{f.RuleId}' matched its own fix again ('{f.Text}' → '{f.Replacement}'); not applied, check by hand"));
        }
        if (passLimitReached)
        {
            foreach (var f in FixSelection.NonOverlapping(remaining).DistinctBy(f => f.RuleId).Where(f => !_heldBack.Any(h => h.RuleId == f.RuleId)))
                warnings.Add(Warn(final, f, $"rule '{f.RuleId}' was still changing the text after {passes} passes ('{f.Text}' → '{f.Replacement}'); the rest is left for review"));
        }
        if (warnings.Count == 0) return remaining;
        return [.. remaining.Concat(warnings).OrderBy(f => f.Span.Start)];
    }

    private static Finding Warn(Document final, Finding f, string message)
    {
        var span = f.Span.End <= final.Text.Length ? f.Span : new TextSpan(0, 0);
        return CheckContext.Default.Report(NoFixedPointRule, final, span, message);
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    // A stretch of the old text, as it lies in the new text: fixes before it shift it, fixes inside it stretch it.
    private static TextSpan Map(TextSpan span, IReadOnlyList<Finding> fixes)
    {
        int start = MapPosition(span.Start, fixes, end: false), end = MapPosition(span.End, fixes, end: true);
        return new TextSpan(start, Math.Max(0, end - start));
    }

    private static int MapPosition(int position, IReadOnlyList<Finding> fixes, bool end)
    {
        int shift = 0;
        foreach (var fix in fixes)
        {
            if (fix.Span.End <= position) shift += fix.Replacement!.Length - fix.Span.Length;
            else if (fix.Span.Start < position) return fix.Span.Start + shift + (end ? fix.Replacement!.Length : 0);
            else break;
        }
        return position + shift;
    }
}
