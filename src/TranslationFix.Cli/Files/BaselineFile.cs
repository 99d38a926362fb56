using TranslationFix.Core.Baselines;

namespace TranslationFix.Cli.Files;

/// <summary>Reads a baseline file, and names checked files the way a baseline records them.</summary>
public static class BaselineFile
{
    public static (Baseline Baseline, string Path)? Read(string path) => (Baseline.Parse(DataFiles.ReadText(path), path), path);

    /// <summary>
    /// A checked file's path relative to the baseline's folder, with '/' separators, so a baseline
    /// committed at the repository root works from any working directory and on any OS.
    /// </summary>
    public static string Key(string baselinePath, string file)
    {
        if (file == "-") return "-";
        string folder = Path.GetDirectoryName(Path.GetFullPath(baselinePath))!;
        return Path.GetRelativePath(folder, Path.GetFullPath(file)).Replace('\\', '/');
    }
}
