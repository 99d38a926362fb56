namespace TranslationFix.Core.Glossary;

/// <summary>
/// Finds every occurrence of many keys in one pass over a text (Aho-Corasick over the
/// <see cref="MatchKey"/> view: case folded, ’ = ', spaces and hyphens skipped). It reports raw
/// occurrences mapped back to the original text; callers decide about word boundaries, case and
/// context. Immutable once built, so one matcher serves many threads.
/// </summary>
public sealed class TermMatcher<T>
{
    private readonly Dictionary<long, int> _next = new();
    private readonly int[] _rootNext = new int[128];
    private readonly List<int> _fail = [0];
    private readonly List<int> _outputLink = [-1];   // nearest node on the fail chain with outputs
    private readonly List<List<int>?> _outputs = [null];
    private readonly List<(string Key, T Value)> _keys = [];
    private readonly int _maxKeyLength;

    public TermMatcher(IEnumerable<(string Text, T Value)> items)
    {
        Array.Fill(_rootNext, 0);
        foreach (var (text, value) in items)
        {
            string key = MatchKey.Of(text);
            if (key.Length == 0) continue;
            int node = 0;
            foreach (char c in key)
            {
                if (!_next.TryGetValue(Edge(node, c), out int child))
                {
                    child = _fail.Count;
                    _fail.Add(0);
                    _outputLink.Add(-1);
                    _outputs.Add(null);
                    _next[Edge(node, c)] = child;
                    if (node == 0 && c < 128) _rootNext[c] = child;
                }
                node = child;
            }
            (_outputs[node] ??= []).Add(_keys.Count);
            _keys.Add((key, value));
            _maxKeyLength = Math.Max(_maxKeyLength, key.Length);
        }
        BuildFailureLinks();
    }

    public int Count => _keys.Count;

    /// <summary>An occurrence: original [Start, End), and the item that matched.</summary>
    public readonly record struct Occurrence(int Start, int End, string Key, T Value);

    public IEnumerable<Occurrence> FindAll(string text)
    {
        if (_keys.Count == 0) yield break;
        // Original index of each of the last _maxKeyLength normalised characters.
        var ring = new int[Math.Max(1, _maxKeyLength)];
        int normalisedCount = 0;
        int node = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char raw = text[i];
            if (MatchKey.IsSeparator(raw)) continue;
            char c = MatchKey.Fold(raw);
            ring[normalisedCount % ring.Length] = i;
            normalisedCount++;
            node = Step(node, c);
            for (int n = _outputs[node] is null ? _outputLink[node] : node; n > 0; n = _outputLink[n])
            {
                foreach (int k in _outputs[n]!)
                {
                    var (key, value) = _keys[k];
                    int start = ring[(normalisedCount - key.Length) % ring.Length];
                    yield return new Occurrence(start, i + 1, key, value);
                }
            }
        }
    }

    private int Step(int node, char c)
    {
        while (true)
        {
            if (node == 0)
                return c < 128 ? _rootNext[c] : _next.GetValueOrDefault(Edge(0, c));
            if (_next.TryGetValue(Edge(node, c), out int child)) return child;
            node = _fail[node];
        }
    }

    private static long Edge(int node, char c) => ((long)node << 16) | c;

    private void BuildFailureLinks()
    {
        // Children per node, for a breadth-first walk.
        var children = new Dictionary<int, List<(char C, int Child)>>();
        foreach (var (edge, child) in _next)
        {
            int parent = (int)(edge >> 16);
            char c = (char)(edge & 0xFFFF);
            if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
            list.Add((c, child));
        }
        var queue = new Queue<int>();
        if (children.TryGetValue(0, out var top))
        {
            foreach (var (_, child) in top)
            {
                _fail[child] = 0;
                _outputLink[child] = -1;
                queue.Enqueue(child);
            }
        }
        while (queue.Count > 0)
        {
            int node = queue.Dequeue();
            if (!children.TryGetValue(node, out var list)) continue;
            foreach (var (c, child) in list)
            {
                int f = _fail[node];
                while (f != 0 && !_next.ContainsKey(Edge(f, c))) f = _fail[f];
                int target = _next.GetValueOrDefault(Edge(f, c));
                _fail[child] = target == child ? 0 : target;
                int fc = _fail[child];
                _outputLink[child] = _outputs[fc] is not null ? fc : _outputLink[fc];
                queue.Enqueue(child);
            }
        }
    }
}
