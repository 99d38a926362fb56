using TranslationFix.Core.Configuration;

namespace TranslationFix.Cli.Files;

/// <summary>
/// Turns the PATH arguments of <c>tfix check</c> into files: a file is taken as named; a folder is
/// searched recursively; a glob ("news/**/*.md") is searched from its fixed prefix; "-" is standard
/// input. Files found by searching are kept when they are wanted (a glob picks its own; in a
/// folder, the config's include globs or else the text extensions decide), not binary (a NUL
/// byte in the first 8 KB), and not excluded by the exclude globs of the tfix.yaml files that
/// apply to them. .git, node_modules, bin and obj folders are skipped.
/// </summary>
public static class CheckInputs
{
    private static readonly string[] SkippedFolders = [".git", ".hg", ".svn", "node_modules", "bin", "obj"];

    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments, ConfigFiles configs)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument == "-" || File.Exists(argument)) { Add(argument); continue; }
            IEnumerable<string> found;
            bool byPattern = false;   // a glob names the files it wants: no extension filter
            if (Directory.Exists(argument)) found = Search(argument, null);
            else if (IsGlob(argument))
            {
                var (root, glob) = SplitGlob(argument);
                found = Directory.Exists(root) ? Search(root, Glob(argument, glob)) : [];
                found = found.ToList();
                if (!found.Any()) throw new CliException($"{argument}: no files match");
                byPattern = true;
            }
            else throw new CliException($"{argument}: no such file or directory");

            foreach (var file in found)
            {
                var config = configs.For(file);
                string full = Path.GetFullPath(file);
                bool wanted = byPattern || (config.HasIncludes ? config.IncludedBy(full) : IsTextName(file));
                if (wanted && config.ExcludedBy(full) is null && !IsBinary(file)) Add(file);
            }
        }
        return result;

        void Add(string path)
        {
            if (seen.Add(path == "-" ? path : Path.GetFullPath(path))) result.Add(path);
        }
    }

    private static GlobPattern Glob(string argument, string glob)
    {
        try
        {
            return new GlobPattern("/" + glob);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"{argument}: {e.Message.Split(" (Parameter")[0]}");
        }
    }

    public static bool IsGlob(string argument) => argument.IndexOfAny(['*', '?', '[']) >= 0;

    /// <summary>Files below <paramref name="root"/> (paths as the user would write them), in a stable order.</summary>
    private static IEnumerable<string> Search(string root, GlobPattern? glob)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        return Directory.EnumerateFiles(root, "*", options)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).SkipLast(1).Any(SkippedFolders.Contains))
            .Where(f => glob is null || glob.Matches(Path.GetRelativePath(root, f)))
            .Select(f => root == "." ? Path.GetRelativePath(".", f) : f)   // "news/a.md", not "./news/a.md"
            .Order(StringComparer.Ordinal);
    }

    /// <summary>"news/2024/**/*.md" → ("news/2024", "**/*.md"): the folders before the first wildcard.</summary>
    private static (string Root, string Glob) SplitGlob(string argument)
    {
        string normalized = argument.Replace('\\', '/');
        int wildcard = normalized.IndexOfAny(['*', '?', '[']);
        int slash = normalized.LastIndexOf('/', wildcard);
        return slash < 0 ? (".", normalized) : (slash == 0 ? "/" : normalized[..slash], normalized[(slash + 1)..]);
    }

    // Text files, and bilingual files (XLIFF, TMX, JSONL), whose targets check reads against their sources.
    private static bool IsTextName(string file) =>
        (InputFiles.TextExtensions.Contains(Path.GetExtension(file).ToLowerInvariant())
         || TranslationFix.Core.Bilingual.BilingualFormats.FromPath(file) is not null)
        && !file.EndsWith(".expected.txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>A NUL byte in the first 8 KB means binary, as git decides (UTF-16 files start with a BOM and are text).</summary>
    public static bool IsBinary(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            Span<byte> head = stackalloc byte[8192];
            int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..read];
            if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return false;
            return head.Contains((byte)0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{file}: {InputFiles.Reason(e)}");
        }
    }
}
