using System.CommandLine;
using TranslationFix.Cli.Files;

namespace TranslationFix.Cli.Commands;

/// <summary><c>tfix config show FILE</c>: the settings that apply to FILE and where each comes from.</summary>
public static class ConfigCommand
{
    public static Command Create()
    {
        var command = new Command("config", "Inspect tfix.yaml configuration");
        command.Subcommands.Add(Show());
        return command;
    }

    private static Command Show()
    {
        var file = new Argument<string>("FILE") { Description = "The file (or folder) whose configuration to show" };
        var command = new Command("show", "Print the effective configuration for FILE, each value with the file:line it came from");
        command.Arguments.Add(file);
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            var config = new ConfigFiles().For(path);
            Console.WriteLine($"# effective configuration for {path}");
            Console.WriteLine(config.Files.Count == 0
                ? "# no tfix.yaml found: defaults only"
                : $"# merged, nearest first: {string.Join(", ", config.Files.Select(f => f.Path))}");
            var lines = config.Describe();
            int width = lines.Max(l => l.Key.Length + l.Value.Length + 2);
            foreach (var (key, value, origin) in lines)
                Console.WriteLine($"{$"{key}: {value}".PadRight(width)}  # {origin}");
            if (path != "-" && !Directory.Exists(path))
            {
                string full = Path.GetFullPath(path);
                string verdict = config.ExcludedBy(full) is { } hit ? $"excluded by '{hit.Value.Pattern}' ({hit.Origin})"
                    : !config.IncludedBy(full) ? "not matched by the include globs (skipped when a folder is checked)"
                    : "checked";
                Console.WriteLine($"# this file: {verdict}");
            }
            return ExitCodes.Clean;
        });
        return command;
    }
}
