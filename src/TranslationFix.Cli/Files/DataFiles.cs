using TranslationFix.Core.Parsing;

namespace TranslationFix.Cli.Files;

/// <summary>Reads a data file (glossary, tfix.yaml, baseline) as strict text: unreadable is one line, invalid UTF-8 names the line.</summary>
public static class DataFiles
{
    public static string ReadText(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: {InputFiles.Reason(e)}");
        }
        return DataText.Decode(bytes, path);
    }
}
