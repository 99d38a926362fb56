using TranslationFix.Core.Text;

namespace TranslationFix.Cli.Files;

/// <summary>A file to process, and its path relative to the folder (or glob base) it was found under.</summary>
public sealed record InputFile(string Path, string RelativePath);

/// <summary>Reads input files and expands directories into the text files below them.</summary>
public static class InputFiles
{
    public static readonly string[] TextExtensions = [".txt", ".md", ".markdown", ".mdx", ".html", ".htm", ".text"];

    public static EncodedText Read(string path)
    {
        if (path != "-" && Directory.Exists(path))
            throw new CliException($"{path}: is a folder; give a file (tfix check and tfix rewrite take folders)");
        try
        {
            return EncodedText.Decode(path == "-" ? ReadStdin() : File.ReadAllBytes(path));
        }
        catch (InvalidTextException e)
        {
            throw new CliException(e.Describe(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: {Reason(e)}");
        }
    }

    /// <summary>Files as given, and the text files (by extension) under directories, in a stable order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) => [.. ExpandWithRoots(paths).Select(f => f.Path)];

    /// <summary>
    /// Like <see cref="Expand"/>, and also globs ("corpus/**/*.md"), keeping each file's path
    /// relative to the folder it was found under (for --out-dir and for sharding).
    /// </summary>
    public static IReadOnlyList<InputFile> ExpandWithRoots(IEnumerable<string> paths)
    {
        var result = new List<InputFile>();
        foreach (var path in paths)
        {
            if (path == "-" || File.Exists(path)) result.Add(new InputFile(path, path == "-" ? path : Path.GetFileName(path)));
            else if (Directory.Exists(path))
            {
                result.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => TextExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Where(f => !f.EndsWith(".expected.txt", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !AtomicFile.IsTempFile(f))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new InputFile(f, Relative(path, f))));
            }
            else if (FileGlob.IsGlob(path))
            {
                var matches = FileGlob.Expand(path).Where(f => !AtomicFile.IsTempFile(f.Path)).ToList();
                if (matches.Count == 0) throw new CliException($"{path}: no files match");
                result.AddRange(matches);
            }
            else throw new CliException($"{path}: no such file or directory");
        }
        return result;
    }

    /// <summary>A path relative to a root, always with '/' so it hashes alike on every OS.</summary>
    internal static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static byte[] ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }

    internal static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
