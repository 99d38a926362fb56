using TranslationFix.Core.Text;

namespace TranslationFix.Cli.Files;

/// <summary>Reads input files and expands directories into the text files below them.</summary>
public static class InputFiles
{
    public static readonly string[] TextExtensions = [".txt", ".md", ".markdown", ".mdx", ".html", ".htm", ".text"];

    public static EncodedText Read(string path)
    {
        try
        {
            return EncodedText.Decode(path == "-" ? ReadStdin() : File.ReadAllBytes(path));
        }
        catch (InvalidTextException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: {Reason(e)}");
        }
    }

    /// <summary>Files as given, and the text files (by extension) under directories, in a stable order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (path == "-" || File.Exists(path)) result.Add(path);
            else if (Directory.Exists(path))
            {
                result.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => TextExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Where(f => !f.EndsWith(".expected.txt", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else throw new CliException($"{path}: no such file or directory");
        }
        return result;
    }

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
