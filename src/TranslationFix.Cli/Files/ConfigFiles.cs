using TranslationFix.Core.Configuration;

namespace TranslationFix.Cli.Files;

/// <summary>
/// Finds the tfix.yaml files that apply to a path by walking up from its folder (as
/// .editorconfig does), reads them once each, and merges them (nearest wins). Standard input
/// ("-") takes the configuration of the current folder.
/// </summary>
public sealed class ConfigFiles
{
    private readonly Dictionary<string, ConfigFile?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EffectiveConfig> _byFolder = new(StringComparer.Ordinal);

    public EffectiveConfig For(string path)
    {
        string folder = path == "-" ? Directory.GetCurrentDirectory()
            : Directory.Exists(path) ? Path.GetFullPath(path)
            : Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (_byFolder.TryGetValue(folder, out var known)) return known;

        var chain = new List<ConfigFile>();
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (Load(Path.Combine(dir.FullName, ConfigFile.FileName)) is not { } file) continue;
            chain.Add(file);
            if (file.Root?.Value == true) break;
        }
        return _byFolder[folder] = EffectiveConfig.Merge(chain);
    }

    private ConfigFile? Load(string file)
    {
        if (_files.TryGetValue(file, out var known)) return known;
        return _files[file] = File.Exists(file) ? ConfigLoader.Parse(DataFiles.ReadText(file), file) : null;
    }
}
