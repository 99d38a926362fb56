namespace TranslationFix.Core.Evaluation;

/// <summary>One stretch of a character diff: text[I1..I2) of the original became text[J1..J2) of the output.</summary>
public readonly record struct DiffOp(bool Equal, int I1, int I2, int J1, int J2)
{
    public bool IsInsertion => I1 == I2;
}

/// <summary>
/// A character-level diff of an original text and its cleaned output, as a list of equal and
/// changed stretches that covers both texts, and a map from original offsets to output offsets
/// (where an annotation's span ended up). The matching is longest-common-substring first
/// (Ratcliff/Obershelp, as Python's <c>difflib.SequenceMatcher</c> with no junk heuristic), not a
/// minimal edit script (Myers, as DiffPlex): "Ma Huateng" → "Pony Ma" is one insertion and one
/// deletion, not letters scattered over the name, so edits are counted as a reader sees them and
/// the scores agree with the reference scorer of the eval sets.
/// </summary>
public sealed class CharacterDiff
{
    private CharacterDiff(IReadOnlyList<DiffOp> ops) => Ops = ops;

    /// <summary>Every stretch, equal and changed, in order.</summary>
    public IReadOnlyList<DiffOp> Ops { get; }

    public IEnumerable<DiffOp> Edits => Ops.Where(o => !o.Equal);

    public static CharacterDiff Of(string original, string output)
    {
        var ops = new List<DiffOp>();
        int i = 0, j = 0;
        foreach (var (ai, bj, size) in new LongestMatches(original, output).Blocks())
        {
            if (i < ai || j < bj) ops.Add(new DiffOp(false, i, ai, j, bj));
            i = ai + size;
            j = bj + size;
            if (size > 0) ops.Add(new DiffOp(true, ai, i, bj, j));
        }
        return new CharacterDiff(ops);
    }
    /// <summary>
    /// Where original offset <paramref name="position"/> lies in the output: the same character
    /// inside an equal stretch, the start of the replacement inside a changed one (an insertion at
    /// the position counts as its start).
    /// </summary>
    public int Map(int position)
    {
        foreach (var op in Ops)
        {
            if ((op.I1 <= position && position < op.I2) || (op.I1 == op.I2 && op.I1 == position))
                return op.J1 + (op.Equal ? position - op.I1 : 0);
        }
        return Ops.Count > 0 ? Ops[^1].J2 : position;
    }
}
