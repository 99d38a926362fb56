using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace TranslationFix.Cli.Files;

/// <summary>
/// Expands a glob such as <c>corpus/**/*.md</c> (for shells that did not expand it, and for "**"):
/// the part before the first wildcard is the base folder, the rest the pattern.
/// </summary>
public static class FileGlob
{
    private static readonly char[] Wildcards = ['*', '?', '['];

    public static bool IsGlob(string path) => path.IndexOfAny(Wildcards) >= 0;

    public static IEnumerable<InputFile> Expand(string glob)
    {
        var segments = glob.Replace('\\', '/').Split('/');
        int firstWild = Array.FindIndex(segments, s => s.IndexOfAny(Wildcards) >= 0);
        string root = firstWild == 0 ? "." : string.Join('/', segments[..firstWild]);
        if (root.Length == 0) root = "/";
        string pattern = string.Join('/', segments[firstWild..]);
        if (!Directory.Exists(root)) return [];

        var matcher = new Matcher(OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        return matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root))).Files
            .Select(m => m.Path)
            .Order(StringComparer.Ordinal)
            .Select(relative => new InputFile(firstWild == 0 ? relative : Path.Combine(root, relative), relative));
    }
}
