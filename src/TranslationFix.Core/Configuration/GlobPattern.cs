using System.Text;
using System.Text.RegularExpressions;

namespace TranslationFix.Core.Configuration;

/// <summary>
/// A .gitignore-style glob, matched against a path relative to the folder of the tfix.yaml that
/// wrote it, with '/' separators. A pattern without a slash ("*.bak", "drafts") matches a file or
/// folder name at any depth; one with a slash ("news/2024/*.md", "/README.md") is anchored to the
/// config's folder. <c>*</c> and <c>?</c> stay inside one folder name, <c>**</c> spans folders,
/// <c>[abc]</c> is a character class, and a trailing '/' matches folders only. A pattern that
/// matches a folder matches everything below it. A leading '!' negates: in a list of globs the
/// last one that matches decides (<see cref="Decide"/>). A malformed glob (an unclosed or empty
/// class, a reversed range) throws <see cref="ArgumentException"/> with the reason.
/// </summary>
public sealed class GlobPattern
{
    private readonly Regex _regex;
    private readonly bool _directoryOnly;

    public GlobPattern(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern)) throw new ArgumentException("empty glob", nameof(pattern));
        Pattern = pattern;
        string p = pattern.Trim().Replace('\\', '/');
        Negated = p.StartsWith('!');
        if (Negated) p = p[1..];
        _directoryOnly = p.EndsWith('/');
        p = p.TrimEnd('/');
        bool anchored = p.Contains('/');
        p = p.TrimStart('/');
        string translated = Translate(p);
        try
        {
            _regex = new Regex("^" + (anchored ? "" : "(?:.*/)?") + translated + "$",
                RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            // A class the regex engine refuses: "[]", or a reversed range "[z-a]".
            throw new ArgumentException($"bad glob '{pattern}': a [...] class is empty or has a reversed range", nameof(pattern));
        }
    }

    public string Pattern { get; }

    /// <summary>A "!pattern": a match takes the path back out of the list's earlier matches.</summary>
    public bool Negated { get; }

    /// <summary>The glob of <paramref name="globs"/> that decides for the path (the last that matches), if any.</summary>
    public static T? Decide<T>(IEnumerable<T> globs, Func<T, GlobPattern> glob, string relativePath) where T : class =>
        globs.LastOrDefault(g => glob(g).Matches(relativePath));

    /// <summary>True when the relative path, or a folder it lies in, matches.</summary>
    public bool Matches(string relativePath)
    {
        string path = relativePath.Replace('\\', '/').TrimStart('/');
        if (!_directoryOnly && _regex.IsMatch(path)) return true;
        for (int slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            if (_regex.IsMatch(path[..slash])) return true;
        }
        return false;
    }

    public override string ToString() => Pattern;

    private static string Translate(string glob)
    {
        var regex = new StringBuilder();
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" is zero or more folders; a trailing or inner "**" is anything.
                bool slashFollows = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else if (c == '[')
            {
                int close = glob.IndexOf(']', i + 1);
                if (close < 0) throw new ArgumentException($"bad glob '{glob}': '[' is never closed (write [[] for a literal '[')", nameof(glob));
                string set = glob[(i + 1)..close];
                regex.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = close;
            }
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return regex.ToString();
    }
}
