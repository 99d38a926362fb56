using TranslationFix.Core.Findings;

namespace TranslationFix.Core.Engine;

/// <summary>
/// Chooses which fixes to apply in one pass: higher rule priority wins, then the longer span,
/// then the earlier start. A fix that overlaps or touches a chosen one waits for the next pass,
/// when it is analysed again on the new text (never merged).
/// </summary>
public static class FixSelection
{
    public static IReadOnlyList<Finding> NonOverlapping(IEnumerable<Finding> findings)
    {
        var candidates = findings
            .Where(f => f.Replacement is not null && !string.Equals(f.Replacement, f.Text, StringComparison.Ordinal))
            .OrderByDescending(f => f.Rule.Priority)
            .ThenByDescending(f => f.Span.Length)
            .ThenBy(f => f.Span.Start)
            .ToList();

        var chosen = new List<Finding>();
        foreach (var candidate in candidates)
        {
            if (!chosen.Any(c => Conflicts(c, candidate))) chosen.Add(candidate);
        }
        chosen.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return chosen;
    }

    // Touching spans conflict too (as in ESLint): two edits meeting at one point could merge
    // into something neither check intended.
    private static bool Conflicts(Finding a, Finding b) =>
        a.Span.Start <= b.Span.End && b.Span.Start <= a.Span.End;
}
