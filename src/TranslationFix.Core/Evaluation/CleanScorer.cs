using TranslationFix.Core.Findings;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Evaluation;

/// <summary>
/// Scores a control text (native English whose right output is itself) as the eval sets' README
/// says: every changed stretch of a character diff is a false edit unless it lies wholly inside an
/// acceptable_normalization span and touches no must_not_change span; a false edit is classed by
/// what it touches (trap, furniture, untrapped); a finding on the original text that overlaps a
/// must_not_change span is a flag on a trap.
/// </summary>
public static class CleanScorer
{
    private const int ContextChars = 25;

    public static CleanFileScore Score(CleanSample sample, string output, IReadOnlyList<Finding> findings, bool idempotent)
    {
        string text = sample.Text;
        var mustNotChange = Spans(sample, TrapKind.MustNotChange);
        var furniture = Spans(sample, TrapKind.NativePageFurniture);
        var acceptable = Spans(sample, TrapKind.AcceptableNormalization);

        var lines = new LineMap(text);
        var edits = new List<FalseEdit>();
        var broken = new List<Trap>();
        foreach (var op in CharacterDiff.Of(text, output).Edits)
        {
            var touched = mustNotChange.Where(s => Touches(op, s.Start, s.End)).Select(s => s.Trap).ToList();
            if (touched.Count == 0 && acceptable.Any(s => s.Start <= op.I1 && op.I2 <= s.End)) continue;
            var kind = touched.Count > 0 ? FalseEditClass.Trap
                : furniture.Any(s => Touches(op, s.Start, s.End)) ? FalseEditClass.Furniture
                : FalseEditClass.Untrapped;
            var (line, column) = lines.GetPosition(op.I1);
            edits.Add(new FalseEdit(sample.Name, kind, line, column, op.I1, op.I2, text[op.I1..op.I2], output[op.J1..op.J2],
                MtScorer.Slice(text, op.I1 - ContextChars, op.I2 + ContextChars), touched));
            // A trap is broken once, however many of its occurrences or edits there are.
            broken.AddRange(touched.Where(t => !broken.Any(b => b.Text == t.Text)));
        }

        var flags = new List<TrapFlag>();
        foreach (var finding in findings)
        {
            int start = finding.Span.Start, end = finding.Span.Start + finding.Span.Length;
            var trap = mustNotChange.FirstOrDefault(s => start < s.End && s.Start < end);
            if (trap.Trap is not null) flags.Add(new TrapFlag(sample.Name, finding, trap.Trap));
        }

        return new CleanFileScore(sample.Name, string.Equals(text, output, StringComparison.Ordinal), edits, broken, flags,
            sample.Traps.Count(t => t.Kind == TrapKind.MustNotChange), idempotent);
    }

    // An edit touches a span when it overlaps it; an insertion, when it falls strictly inside it.
    private static bool Touches(DiffOp op, int start, int end) =>
        op.IsInsertion ? start < op.I1 && op.I1 < end : op.I1 < end && start < op.I2;

    // Every occurrence of every trap of a kind (overlapping occurrences included).
    private static List<(int Start, int End, Trap Trap)> Spans(CleanSample sample, TrapKind kind)
    {
        var spans = new List<(int, int, Trap)>();
        foreach (var trap in sample.Traps.Where(t => t.Kind == kind))
        {
            for (int at = sample.Text.IndexOf(trap.Text, StringComparison.Ordinal); at >= 0;
                 at = sample.Text.IndexOf(trap.Text, at + 1, StringComparison.Ordinal))
                spans.Add((at, at + trap.Text.Length, trap));
        }
        return spans;
    }
}
