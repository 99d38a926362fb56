using System.CommandLine;
using System.Text.RegularExpressions;
using TranslationFix.Cli.Commands;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Polish;

/// <summary>
/// The option tables of docs/ stay in step with the program: every option a command takes is
/// documented on its page, and docs/cli.md names no option that no command has.
/// </summary>
public sealed class OptionDocsTests
{
    private static string Docs(string page) => File.ReadAllText(Path.Combine(Repository.Root, "docs", page));

    private static IEnumerable<(string TopCommand, string Path, Option Option)> AllOptions()
    {
        foreach (var top in CommandTree.Create().Subcommands)
            foreach (var (path, option) in Walk(top, top.Name))
                yield return (top.Name, path, option);

        static IEnumerable<(string, Option)> Walk(Command command, string path)
        {
            foreach (var option in command.Options.Where(o => o.Name is not ("--help" or "--version"))) yield return (path, option);
            foreach (var sub in command.Subcommands)
                foreach (var x in Walk(sub, $"{path} {sub.Name}")) yield return x;
        }
    }

    public static TheoryData<string, string, string> Options()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (top, path, option) in AllOptions()) data.Add(path, option.Name, CommandTree.DocPage(top));
        return data;
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void EveryOption_IsDocumentedOnItsCommandsPage(string command, string option, string page)
    {
        // The options every engine command shares are documented once, in docs/cli.md.
        bool Named(string p) => Regex.IsMatch(Docs(p), $@"{Regex.Escape(option)}(?![\w-])");
        Assert.True(Named(page) || (CommonOptionNames.Contains(option) && Named("cli.md")), $"tfix {command} {option} is not in docs/{page}");
    }

    private static readonly HashSet<string> CommonOptionNames = [.. new CommonOptions().AllOptions().Select(o => o.Name)];

    [Fact]
    public void CliPage_NamesOnlyOptionsThatExist()
    {
        var known = AllOptions().SelectMany(o => o.Option.Aliases.Append(o.Option.Name)).Append("--help").Append("--version").ToHashSet(StringComparer.Ordinal);
        var named = Regex.Matches(Docs("cli.md"), @"(?<![\w-])--[a-z][a-z0-9-]*").Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(named);
        Assert.DoesNotContain(named, n => !known.Contains(n));
    }
}
