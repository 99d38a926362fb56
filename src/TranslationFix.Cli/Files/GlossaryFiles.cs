using TranslationFix.Core.Glossary;

namespace TranslationFix.Cli.Files;

/// <summary>Loads user glossaries from files or folders (every *.yaml / *.yml below a folder).</summary>
public static class GlossaryFiles
{
    public static IReadOnlyList<Glossary> Load(IEnumerable<string> paths)
    {
        var result = new List<Glossary>();
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                : [path];
            foreach (var file in files)
            {
                string text = DataFiles.ReadText(file);
                result.Add(GlossaryLoader.Parse(text, file, PairOf(file)));
            }
        }
        return result;
    }

    /// <summary>"glossaries/zh-en/x.yaml" belongs to pair zh-en; elsewhere the pair is unknown.</summary>
    private static string? PairOf(string file)
    {
        string? folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file)));
        return folder is { Length: >= 5 } && folder.Count(c => c == '-') == 1 ? folder : null;
    }
}
