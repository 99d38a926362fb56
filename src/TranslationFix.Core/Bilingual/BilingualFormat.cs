namespace TranslationFix.Core.Bilingual;

public enum BilingualFormat
{
    Xliff,
    Tmx,
    Jsonl,
}

public static class BilingualFormats
{
    /// <summary>The bilingual format a file name says, or null for a monolingual text.</summary>
    public static BilingualFormat? FromPath(string? path) =>
        System.IO.Path.GetExtension(path ?? "").ToLowerInvariant() switch
        {
            ".xlf" or ".xliff" => BilingualFormat.Xliff,
            ".tmx" => BilingualFormat.Tmx,
            ".jsonl" or ".ndjson" => BilingualFormat.Jsonl,
            _ => null,
        };

    /// <summary>Parses <paramref name="text"/> (already decoded) in the given format.</summary>
    public static BilingualFile Read(string text, BilingualFormat format, string? path = null) => format switch
    {
        BilingualFormat.Xliff => XliffReader.Read(text, path),
        BilingualFormat.Tmx => TmxReader.Read(text, path),
        _ => JsonlReader.Read(text, path),
    };
}
