namespace TranslationFix.Core.Evaluation;

/// <summary>
/// The matching blocks of two strings by Ratcliff/Obershelp: take the longest common substring
/// (earliest in <c>a</c>, then in <c>b</c>, on ties), then do the same left and right of it. This is
/// <c>difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()</c>, step for step.
/// Time grows with length × repeats of each character: fine for articles, slow for books.
/// </summary>
internal sealed class LongestMatches
{
    private readonly string _a;
    private readonly string _b;
    private readonly Dictionary<char, int[]> _positionsInB;

    public LongestMatches(string a, string b)
    {
        _a = a;
        _b = b;
        var positions = new Dictionary<char, List<int>>();
        for (int j = 0; j < b.Length; j++)
        {
            if (!positions.TryGetValue(b[j], out var list)) positions[b[j]] = list = [];
            list.Add(j);
        }
        _positionsInB = positions.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Non-adjacent matching blocks (start in a, start in b, length) in order, ending with (|a|, |b|, 0).</summary>
    public List<(int A, int B, int Size)> Blocks()
    {
        var found = new List<(int A, int B, int Size)>();
        var queue = new Stack<(int ALo, int AHi, int BLo, int BHi)>();
        queue.Push((0, _a.Length, 0, _b.Length));
        while (queue.Count > 0)
        {
            var (alo, ahi, blo, bhi) = queue.Pop();
            var (i, j, k) = Longest(alo, ahi, blo, bhi);
            if (k == 0) continue;
            found.Add((i, j, k));
            if (alo < i && blo < j) queue.Push((alo, i, blo, j));
            if (i + k < ahi && j + k < bhi) queue.Push((i + k, ahi, j + k, bhi));
        }
        found.Sort();

        var blocks = new List<(int, int, int)>();
        int a1 = 0, b1 = 0, k1 = 0;
        foreach (var (a2, b2, k2) in found)
        {
            if (a1 + k1 == a2 && b1 + k1 == b2) { k1 += k2; continue; }
            if (k1 > 0) blocks.Add((a1, b1, k1));
            (a1, b1, k1) = (a2, b2, k2);
        }
        if (k1 > 0) blocks.Add((a1, b1, k1));
        blocks.Add((_a.Length, _b.Length, 0));
        return blocks;
    }

    // The longest a[i..i+k) == b[j..j+k) inside the ranges; the first one found wins a tie.
    private (int I, int J, int K) Longest(int alo, int ahi, int blo, int bhi)
    {
        int besti = alo, bestj = blo, bestk = 0;
        var lengths = new Dictionary<int, int>();      // j → length of the match ending at (i-1, j)
        var next = new Dictionary<int, int>();
        for (int i = alo; i < ahi; i++)
        {
            next.Clear();
            if (_positionsInB.TryGetValue(_a[i], out var positions))
            {
                foreach (int j in positions)
                {
                    if (j < blo) continue;
                    if (j >= bhi) break;
                    int k = lengths.GetValueOrDefault(j - 1) + 1;
                    next[j] = k;
                    if (k > bestk) (besti, bestj, bestk) = (i - k + 1, j - k + 1, k);
                }
            }
            (lengths, next) = (next, lengths);
        }
        return (besti, bestj, bestk);
    }
}
