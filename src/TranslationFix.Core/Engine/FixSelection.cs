using TranslationFix.Core.Findings;

namespace TranslationFix.Core.Engine;

/// <summary>
/// Chooses which fixes to apply in one pass: higher rule priority wins, then the longer span,
/// then the earlier start. A fix that overlaps or touches a chosen one waits for the next pass,
/// when it is analysed again on the new text (never merged). O(F log F) in the number of fixes.
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
        if (candidates.Count == 0) return [];

        var chosenEnds = new ChosenSpans(candidates);
        var chosen = new List<Finding>();
        foreach (var candidate in candidates)
        {
            if (chosenEnds.Conflicts(candidate.Span.Start, candidate.Span.End)) continue;
            chosen.Add(candidate);
            chosenEnds.Add(candidate.Span.Start, candidate.Span.End);
        }
        chosen.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return chosen;
    }

    /// <summary>
    /// The spans chosen so far, as a prefix maximum over their starts (a Fenwick tree on the
    /// candidates' sorted starts): a span [s, e] conflicts with a chosen one [s', e'] exactly when
    /// some s' ≤ e has e' ≥ s. Touching spans conflict too (as in ESLint): two edits meeting at
    /// one point could merge into something neither check intended.
    /// </summary>
    private sealed class ChosenSpans
    {
        private readonly int[] _starts;
        private readonly int[] _maxEnd;

        public ChosenSpans(List<Finding> candidates)
        {
            _starts = [.. candidates.Select(c => c.Span.Start).Distinct().Order()];
            _maxEnd = new int[_starts.Length + 1];
            Array.Fill(_maxEnd, -1);
        }

        public bool Conflicts(int start, int end)
        {
            // The number of known starts ≤ end, i.e. the length of the prefix to query.
            int index = Array.BinarySearch(_starts, end);
            int count = index >= 0 ? index + 1 : ~index;
            int max = -1;
            for (int i = count; i > 0; i -= i & -i) max = Math.Max(max, _maxEnd[i]);
            return max >= start;
        }

        public void Add(int start, int end)
        {
            for (int i = Array.BinarySearch(_starts, start) + 1; i < _maxEnd.Length; i += i & -i)
                _maxEnd[i] = Math.Max(_maxEnd[i], end);
        }
    }
}
