using TranslationFix.Cli.Files;

namespace TranslationFix.Cli.Batch;

/// <summary>One file of a batch: where it is read from, and where its output goes (null: nowhere).</summary>
public sealed record BatchFile(string Path, string RelativePath, string? Target);

/// <summary>Turns the command line's inputs into the files this run (this shard) processes.</summary>
public static class BatchPlan
{
    public static IReadOnlyList<BatchFile> Create(IEnumerable<string> inputs, RewriteSettings settings)
    {
        var inputList = inputs.ToList();
        if (settings.OutDir is { } outFolder && inputList.FirstOrDefault(i => Directory.Exists(i) && SameFolder(i, outFolder)) is { } same)
            throw new CliException($"--out-dir {outFolder} is the input folder {same}: use --in-place to rewrite it");
        var found = InputFiles.ExpandWithRoots(inputList);
        if (found.Any(f => f.Path == "-")) throw new CliException("rewrite reads files, not standard input");

        string? outDir = settings.OutDir is { } o ? Path.GetFullPath(o) + Path.DirectorySeparatorChar : null;
        var files = new List<BatchFile>();
        var targets = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in found)
        {
            if (!seen.Add(Path.GetFullPath(file.Path))) continue;   // named twice (a folder and a file in it)
            // An output folder inside an input folder: its files are outputs of an earlier run.
            if (outDir is not null && Path.GetFullPath(file.Path).StartsWith(outDir, StringComparison.Ordinal)) continue;
            if (!settings.Shard.Contains(file.RelativePath)) continue;
            string? target = settings.DryRun ? null
                : settings.InPlace ? file.Path
                : Path.Combine(settings.OutDir!, file.RelativePath);
            if (target is not null && !targets.TryAdd(Path.GetFullPath(target), file.Path))
                throw new CliException($"{file.Path}: its output {target} would overwrite that of {targets[Path.GetFullPath(target)]}");
            files.Add(new BatchFile(file.Path, file.RelativePath, target));
        }
        return files;
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)),
            OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
