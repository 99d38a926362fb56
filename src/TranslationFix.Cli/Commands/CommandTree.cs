using System.CommandLine;

namespace TranslationFix.Cli.Commands;

/// <summary>The whole `tfix` command line in one place, for Program and for the tests that keep the docs in step with it.</summary>
public static class CommandTree
{
    public static RootCommand Create()
    {
        var root = new RootCommand("tfix: clean up machine-translated articles (names, terms, punctuation, numbers, boilerplate)");
        root.Subcommands.Add(FixCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(GlossaryCommand.Create());
        root.Subcommands.Add(TranslateCommand.Create());
        root.Subcommands.Add(ConfigCommand.Create());
        root.Subcommands.Add(RewriteCommand.Create());
        root.Subcommands.Add(ReviewCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(StreamCommand.Create());
        return root;
    }

    /// <summary>The page of docs/ that documents a top-level command's options.</summary>
    public static string DocPage(string command) => command switch
    {
        "rewrite" => "batch.md",
        "translate" => "translator.md",
        "review" => "review.md",
        "eval" => "eval.md",
        "stream" => "streaming.md",
        _ => "cli.md",
    };
}
