using System.CommandLine;
using TranslationFix.Cli.Files;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Glossary.Derivation;
using TranslationFix.Core.Glossary.Formats;

namespace TranslationFix.Cli.Commands;

/// <summary><c>tfix glossary lint|list|import|export</c>.</summary>
public static class GlossaryCommand
{
    public static Command Create()
    {
        var command = new Command("glossary", "Check and inspect glossaries");
        command.Subcommands.Add(Lint());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<string>("FILE") { Description = "A .csv, .tsv or .tbx glossary" };
        var pair = new Option<string>("--pair") { Description = "Languages of a TBX file, SOURCE-TARGET", DefaultValueFactory = _ => "zh-en" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the YAML glossary here instead of stdout" };
        var command = new Command("import", "Convert a CSV/TSV (header: canonical, source, type, variants, action, context) or TBX glossary to YAML");
        command.Arguments.Add(file);
        command.Options.Add(pair);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            var (source, target) = SplitPair(parse.GetValue(pair)!);
            string text = InputFiles.Read(path).Text;
            var glossary = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".csv" => GlossaryCsvReader.Read(text, path),
                ".tsv" or ".tab" => GlossaryCsvReader.Read(text, path, "\t"),
                ".tbx" or ".xml" => TbxFormat.Read(text, path, source, target),
                var other => throw new CliException($"{path}: cannot import '{other}' files (use .csv, .tsv or .tbx)"),
            };
            Write(parse.GetValue(output), GlossaryYamlWriter.Write(glossary.Entries));
            Console.Error.WriteLine($"tfix: imported {glossary.Entries.Count} entries from {path}");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command Export()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.ZeroOrMore, Description = "YAML glossaries (default: the shipped glossary of --pair)" };
        var pair = new Option<string>("--pair") { Description = "Language pair, SOURCE-TARGET", DefaultValueFactory = _ => "zh-en" };
        var format = new Option<string>("--format", "-f") { Description = "tbx or yaml", DefaultValueFactory = _ => "tbx" };
        var output = new Option<string?>("--output", "-o") { Description = "Write here instead of stdout" };
        var command = new Command("export", "Write glossaries as TBX (ISO 30042, TBX-Basic) or YAML; regex rules have no TBX form");
        command.Arguments.Add(paths);
        command.Options.Add(pair);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            string pairName = parse.GetValue(pair)!;
            var (source, target) = SplitPair(pairName);
            string[] files = parse.GetValue(paths) ?? [];
            Glossary glossary;
            if (files.Length > 0) glossary = Glossary.Merge(GlossaryFiles.Load(files), pairName);
            else
            {
                try { glossary = BuiltInGlossaries.For(pairName); }
                catch (ArgumentException e) { throw new CliException(e.Message); }
            }
            string text = parse.GetValue(format)!.ToLowerInvariant() switch
            {
                "tbx" => TbxFormat.Write(glossary, source, target),
                "yaml" => GlossaryYamlWriter.Write(glossary.Entries),
                var other => throw new CliException($"--format: '{other}' is not one of tbx, yaml"),
            };
            Write(parse.GetValue(output), text);
            return ExitCodes.Clean;
        });
        return command;
    }

    private static (string Source, string Target) SplitPair(string pair)
    {
        var parts = pair.Split('-');
        return parts.Length == 2 && parts.All(p => p.Length > 0) ? (parts[0], parts[1])
            : throw new CliException($"--pair: '{pair}' is not SOURCE-TARGET (e.g. zh-en)");
    }

    private static void Write(string? path, string text)
    {
        if (path is null) Console.Out.Write(text);
        else AtomicFile.Write(path, new System.Text.UTF8Encoding(false).GetBytes(text));
    }

    private static Command Lint()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Glossary files or folders" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print every variant with its class (ordinary/distinctive, weak) and the evidence it requires" };
        var command = new Command("lint", "Load glossaries strictly; report the first error as file:line: reason (exit 2); report conflicts across glossaries");
        command.Arguments.Add(paths);
        command.Options.Add(verbose);
        command.SetAction(parse =>
        {
            var glossaries = GlossaryFiles.Load(parse.GetValue(paths)!);
            var merged = Glossary.Merge(glossaries);
            var compiled = new CompiledGlossary(merged);
            Console.WriteLine($"ok: {merged.Entries.Count} entries, {merged.Rules.Count} rules, {compiled.Matcher.Count} variants");
            foreach (var conflict in GlossaryConflict.Find(merged.Entries))
                Console.WriteLine($"{conflict.First}: conflict: {conflict.Message} (also {conflict.Second})");
            if (parse.GetValue(verbose))
            {
                foreach (var v in compiled.Variants)
                {
                    string cls = v.Class.ToString().ToLowerInvariant() + (v.IsWeak ? ", weak" : "");
                    string kind = v.Entry.Action == GlossaryAction.Flag ? " [flag only]" : v.Entry.Kind == GlossaryKind.Preference ? " [preference]" : "";
                    Console.WriteLine($"{v.Entry.Location}: '{v.Text}' → '{v.Entry.Canonical}'{(v.Derived ? " (derived)" : "")}: {cls}{kind}; needs {v.EvidenceRequired}");
                }
            }
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command List()
    {
        var pair = new Option<string?>("--pair") { Description = "Only this shipped pair (default: all)" };
        var command = new Command("list", "List the shipped glossary entries as TSV: pair, type, canonical, source, variants (derived ones with how they were made)");
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
                    // Derived variants say how they were made: "Ningde Times [pinyin 宁德 + gloss 时代]", "Naixue [romanised]".
                    var literal = LiteralVariants.Derive(e).ToDictionary(v => v.Text, v => v.How);
                    var derived = VariantDeriver.Derive(e).Select(v => $"{v} [{literal.GetValueOrDefault(v, "romanised")}]");
                    var variants = string.Join("; ", e.Variants.Concat(derived));
                    Console.WriteLine($"{name}\t{e.Type}\t{e.Canonical}\t{e.Source}\t{variants}{(e.Action == GlossaryAction.Flag ? "\t(flag)" : "")}");
                }
            }
            return ExitCodes.Clean;
        });
        return command;
    }
}
