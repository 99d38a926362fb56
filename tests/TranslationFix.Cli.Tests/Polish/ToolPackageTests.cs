using System.Diagnostics;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Polish;

/// <summary>
/// The install steps the README and the CI workflows give work as written: `dotnet pack` makes
/// the tool package, `dotnet tool install --add-source` installs it, and the installed `tfix` runs.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void PackThenToolInstall_GivesAWorkingTfix()
    {
        using var dir = new TempFolder();
        string repo = Repository.Root;
        string nupkg = dir.Combine("nupkg"), tools = dir.Combine("tools");

        Run(repo, "dotnet", "pack", Path.Combine(repo, "src", "TranslationFix.Cli"), "-c", "Release", "-o", nupkg, "-v", "q", "-p:ContinuousIntegrationBuild=true");
        string package = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(nupkg, "TranslationFix.Cli.*.nupkg")));
        string version = package["TranslationFix.Cli.".Length..];
        Run(dir.Path, "dotnet", "tool", "install", "--tool-path", tools, "--add-source", nupkg, "--ignore-failed-sources", "TranslationFix.Cli", "--version", version);

        dir.Write("a.txt", "Naixue's tea grew.\n");
        string output = Run(dir.Path, Path.Combine(tools, "tfix"), "fix", "a.txt", "-g", "glossary.yaml", "--no-builtin-glossaries");
        Assert.Equal("Nayuki grew.\n", output);
        Assert.StartsWith(version, Run(dir.Path, Path.Combine(tools, "tfix"), "--version").Trim());
    }

    private static string Run(string directory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}: {stderr}{stdout.Result}");
        return stdout.Result;
    }
}
