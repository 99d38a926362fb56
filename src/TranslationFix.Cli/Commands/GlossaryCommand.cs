using System.CommandLine;
using TranslationFix.Cli.Files;
using TranslationFix.Core.Glossary;

namespace TranslationFix.Cli.Commands;

/// <summary><c>tfix glossary lint PATH...</c> and <c>tfix glossary list [--pair P]</c>.</summary>
public static class GlossaryCommand
{
    public static Command Create()
    {
        var command = new Command("glossary", "Check and inspect glossaries");
        command.Subcommands.Add(Lint());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Lint()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Glossary files or folders" };
        var command = new Command("lint", "Load glossaries strictly; report the first error as file:line: reason (exit 2)");
        command.Arguments.Add(paths);
        command.SetAction(parse =>
        {
            var glossaries = GlossaryFiles.Load(parse.GetValue(paths)!);
            var merged = Glossary.Merge(glossaries);
            var compiled = new CompiledGlossary(merged);
            Console.WriteLine($"ok: {merged.Entries.Count} entries, {merged.Rules.Count} rules, {compiled.Matcher.Count} variants");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command List()
    {
        var pair = new Option<string?>("--pair") { Description = "Only this shipped pair (default: all)" };
        var command = new Command("list", "List the shipped glossary entries as TSV: pair, type, canonical, source, variants");
        command.Options.Add(pair);
        command.SetAction(parse =>
        {
            var pairs = parse.GetValue(pair) is { } p ? [p] : BuiltInGlossaries.Pairs.ToArray();
            foreach (var name in pairs)
            {
                Glossary glossary;
                try { glossary = BuiltInGlossaries.For(name); }
                catch (ArgumentException e) { throw new CliException(e.Message); }
                foreach (var e in glossary.Entries)
                {
                    var variants = string.Join("; ", e.Variants.Concat(VariantDeriver.Derive(e)));
                    Console.WriteLine($"{name}\t{e.Type}\t{e.Canonical}\t{e.Source}\t{variants}{(e.Action == GlossaryAction.Flag ? "\t(flag)" : "")}");
                }
            }
            return ExitCodes.Clean;
        });
        return command;
    }
}
