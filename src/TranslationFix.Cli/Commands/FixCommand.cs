using System.CommandLine;
using TranslationFix.Cli.Files;
using TranslationFix.Cli.Output;
using TranslationFix.Core.Text;

namespace TranslationFix.Cli.Commands;

/// <summary><c>tfix fix FILE [-o OUT | --in-place] [--diff] [--source SRC]</c>: clean one file.</summary>
public static class FixCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var source = new SourceOptions();
        var file = new Argument<string>("FILE") { Description = "The text to clean ('-' for standard input)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the corrected text here instead of stdout" };
        var inPlace = new Option<bool>("--in-place", "-i") { Description = "Overwrite FILE (atomically) with the corrected text" };
        var diff = new Option<bool>("--diff") { Description = "Print a diff of the changes instead of the corrected text" };
        var failOn = CommonOptions.FailOn("never");

        var command = new Command("fix", "Fix what is certain, print the corrected text (or a diff), and report the rest on stderr");
        command.Arguments.Add(file);
        command.Options.Add(output);
        command.Options.Add(inPlace);
        command.Options.Add(diff);
        command.Options.Add(failOn);
        common.AddTo(command);
        source.AddTo(command);

        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            string? outPath = parse.GetValue(output);
            bool overwrite = parse.GetValue(inPlace);
            if (overwrite && outPath is not null) throw new CliException("use either --output or --in-place, not both");
            if (overwrite && path == "-") throw new CliException("--in-place needs a file, not standard input");
            if (SourceOptions.IsBilingual(path)) throw new CliException($"{path}: fix rewrites plain text; check a bilingual file with 'tfix check'");
            var threshold = CommonOptions.ParseFailOn(parse.GetValue(failOn));

            var input = InputFiles.Read(path);
            var engine = new ConfiguredEngines(common, parse).For(new ConfigFiles().For(path));   // tfix.yaml above the file applies
            var result = engine.Fix(source.CreateDocument(parse, path, input.Text, engine.Options.Language));
            var corrected = input.WithText(result.Corrected.Text);

            if (overwrite) { if (result.Changed) AtomicFile.Write(path, corrected.Encode()); }
            else if (outPath is not null) AtomicFile.Write(outPath, corrected.Encode());

            if (parse.GetValue(diff)) DiffPrinter.Print(result, path == "-" ? "stdin" : path);
            else if (!overwrite && outPath is null) StdOut.WriteText(corrected);

            FindingSummary.WriteRemaining(result, path, Console.Error);
            return threshold is { } level && result.Remaining.Any(f => f.Severity >= level) ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }
}
