using TranslationFix.Core.Glossary;

namespace TranslationFix.Core.Checks.Source;

/// <summary>
/// Finds the glossary entries whose source form occurs in a source text: one pass over the text
/// with a trie of the source forms (no word boundaries: Chinese and Japanese have no spaces), the
/// longest form winning at each place (字节跳动 over 字节), matches not overlapping.
/// </summary>
public sealed class SourceTermScanner
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public List<GlossaryEntry>? Entries;
    }

    private readonly Node _root = new();

    public SourceTermScanner(IEnumerable<GlossaryEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Source)) continue;
            var node = _root;
            foreach (char c in entry.Source.Trim())
            {
                node.Children ??= [];
                if (!node.Children.TryGetValue(c, out var next)) node.Children[c] = next = new Node();
                node = next;
            }
            (node.Entries ??= []).Add(entry);
        }
    }

    public bool IsEmpty => _root.Children is null;

    /// <summary>The entries found, with where their source form is, in order.</summary>
    public IEnumerable<(int Start, int Length, GlossaryEntry Entry)> Find(string text)
    {
        if (IsEmpty) yield break;
        for (int start = 0; start < text.Length;)
        {
            var node = _root;
            int matchEnd = -1;
            List<GlossaryEntry>? found = null;
            for (int i = start; i < text.Length && node.Children is not null && node.Children.TryGetValue(text[i], out var next); i++)
            {
                node = next;
                if (node.Entries is not null) (matchEnd, found) = (i + 1, node.Entries);
            }
            if (found is null)
            {
                start++;
                continue;
            }
            foreach (var entry in found) yield return (start, matchEnd - start, entry);
            start = matchEnd;
        }
    }
}
