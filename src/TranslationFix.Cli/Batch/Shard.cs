using System.Text;

namespace TranslationFix.Cli.Batch;

/// <summary>
/// Share K of N (1-based, as in <c>--shard 2/4</c>) of a file set, chosen by a hash of each file's
/// relative path: stable across machines, runs and file contents, so N workers split a corpus
/// without talking to each other, and every file falls in exactly one share.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard All { get; } = new(1, 1);

    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out int k) && int.TryParse(parts[1], out int n) && n >= 1 && k >= 1 && k <= n)
            return new Shard(k, n);
        throw new CliException($"--shard: '{text}' is not K/N with 1 <= K <= N (e.g. 1/4)");
    }

    public bool Contains(string relativePath) => Count == 1 || (int)(StableHash(relativePath) % (ulong)Count) == Index - 1;

    /// <summary>FNV-1a over the UTF-8 path (with '/' separators), then a mixing step so the low bits spread evenly.</summary>
    public static ulong StableHash(string relativePath)
    {
        ulong hash = 14695981039346656037UL;
        foreach (byte b in Encoding.UTF8.GetBytes(relativePath.Replace('\\', '/')))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }

    public override string ToString() => $"{Index}/{Count}";
}
