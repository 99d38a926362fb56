namespace TranslationFix.Cli.Files;

/// <summary>An output folder checked once, before any work, so a bad one is one error instead of one per file.</summary>
public static class OutputFolder
{
    public static void EnsureWritable(string folder, string option)
    {
        try
        {
            Directory.CreateDirectory(folder);
            string probe = Path.Combine(folder, $".tfix-probe-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"{option} {folder}: cannot write there ({InputFiles.Reason(e)})");
        }
    }
}
