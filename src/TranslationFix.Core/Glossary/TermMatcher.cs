namespace TranslationFix.Core.Glossary;

/// <summary>
/// Finds every word-bounded occurrence of many keys in one pass over a text, in the
/// <see cref="MatchKey"/> view (case folded, ’ = ', spaces and hyphens skipped). A match starts
/// where a word may start and ends where a word may end (no letter or digit on either side), so the
/// trie is walked from its root at word starts only and no failure links are needed: the cost is
/// the text's length plus the few characters each word shares with some key. Occurrences are mapped
/// back to the original text; callers decide about case and context. Immutable once built: one
/// matcher serves many threads.
/// </summary>
public sealed class TermMatcher<T>
{
    // The trie in compressed rows: node n's children are _childChars/_childNodes[_first[n] .. _first[n + 1]),
    // sorted by character. The root's ASCII children are also in a direct table.
    private readonly int[] _first;
    private readonly char[] _childChars;
    private readonly int[] _childNodes;
    private readonly int[] _rootAscii = new int[128];
    private readonly int[]?[] _outputs;   // key indexes ending at each node
    private readonly (string Key, T Value)[] _keys;

    public TermMatcher(IEnumerable<(string Text, T Value)> items)
    {
        var edges = new Dictionary<long, int>();
        var outputs = new List<List<int>?> { null };
        var keys = new List<(string, T)>();
        foreach (var (text, value) in items)
        {
            string key = MatchKey.Of(text);
            if (key.Length == 0) continue;
            int node = 0;
            foreach (char c in key)
            {
                long edge = ((long)node << 16) | c;
                if (!edges.TryGetValue(edge, out int child))
                {
                    child = outputs.Count;
                    outputs.Add(null);
                    edges[edge] = child;
                }
                node = child;
            }
            (outputs[node] ??= []).Add(keys.Count);
            keys.Add((key, value));
        }

        int nodes = outputs.Count;
        _first = new int[nodes + 1];
        foreach (var edge in edges.Keys) _first[(int)(edge >> 16) + 1]++;
        for (int n = 0; n < nodes; n++) _first[n + 1] += _first[n];
        _childChars = new char[edges.Count];
        _childNodes = new int[edges.Count];
        var fill = (int[])_first.Clone();
        foreach (var (edge, child) in edges.OrderBy(e => e.Key))   // sorted: by parent, then character
        {
            int parent = (int)(edge >> 16);
            _childChars[fill[parent]] = (char)(edge & 0xFFFF);
            _childNodes[fill[parent]++] = child;
            if (parent == 0 && (edge & 0xFFFF) < 128) _rootAscii[edge & 0xFFFF] = child;
        }
        _outputs = [.. outputs.Select(o => o?.ToArray())];
        _keys = [.. keys];
    }

    public int Count => _keys.Length;

    /// <summary>An occurrence: original [Start, End), and the item that matched.</summary>
    public readonly record struct Occurrence(int Start, int End, string Key, T Value);

    /// <summary>
    /// Every word-bounded occurrence of a key, by start, shortest first at each start. With
    /// <paramref name="capitalisedOnly"/>, only occurrences that start with a capital letter (names).
    /// </summary>
    public IEnumerable<Occurrence> FindAll(string text, bool capitalisedOnly = false)
    {
        if (_keys.Length == 0) yield break;
        for (int start = 0; start < text.Length; start++)
        {
            char first = text[start];
            if (capitalisedOnly && !char.IsUpper(first)) continue;
            if (MatchKey.IsSeparator(first) || (start > 0 && MatchKey.IsWordChar(text[start - 1]))) continue;
            int node = Child(0, MatchKey.Fold(first));
            int i = start;
            while (node > 0)
            {
                if (_outputs[node] is { } ends && (i + 1 >= text.Length || !MatchKey.IsWordChar(text[i + 1])))
                {
                    foreach (int k in ends)
                    {
                        var (key, value) = _keys[k];
                        yield return new Occurrence(start, i + 1, key, value);
                    }
                }
                // Next character of the key view: skip separators, stop at the text's end.
                do i++; while (i < text.Length && MatchKey.IsSeparator(text[i]));
                if (i >= text.Length) break;
                node = Child(node, MatchKey.Fold(text[i]));
            }
        }
    }

    private int Child(int node, char c)
    {
        if (node == 0 && c < 128) return _rootAscii[c];
        int lo = _first[node], hi = _first[node + 1] - 1;
        if (hi - lo < 8)
        {
            for (int j = lo; j <= hi; j++)
            {
                if (_childChars[j] == c) return _childNodes[j];
                if (_childChars[j] > c) return 0;
            }
            return 0;
        }
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            char m = _childChars[mid];
            if (m == c) return _childNodes[mid];
            if (m < c) lo = mid + 1; else hi = mid - 1;
        }
        return 0;
    }
}
