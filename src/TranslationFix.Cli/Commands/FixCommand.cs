using System.CommandLine;
using TranslationFix.Cli.Files;
using TranslationFix.Cli.Output;
using TranslationFix.Core.Configuration;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Text;
using TranslationFix.Translation.Retranslation;

namespace TranslationFix.Cli.Commands;

/// <summary><c>tfix fix FILE [-o OUT | --in-place [--force]] [--diff] [--source SRC [--retranslate]]</c>: clean one file.</summary>
public static class FixCommand
{
    /// <param name="environment">Where TFIX_TRANSLATOR_* are read from for --retranslate (the process environment by default).</param>
    public static Command Create(Func<string, string?>? environment = null)
    {
        var common = new CommonOptions();
        var source = new SourceOptions();
        var file = new Argument<string>("FILE") { Description = "The text to clean ('-' for standard input)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the corrected text here instead of stdout" };
        var inPlace = new Option<bool>("--in-place", "-i") { Description = "Overwrite FILE (atomically) with the corrected text" };
        var force = new Option<bool>("--force") { Description = "With --in-place: replace FILE even when it is read-only" };
        var diff = new Option<bool>("--diff") { Description = "Print a diff of the changes instead of the corrected text" };
        var failOn = CommonOptions.FailOn("never");
        var retranslate = new Option<bool>("--retranslate")
        {
            Description = "With --source: replace segments that still fail against the source with Azure Translator's glossary-protected translation",
        };

        var command = new Command("fix", "Fix what is certain, print the corrected text (or a diff), and report the rest on stderr");
        command.Arguments.Add(file);
        command.Options.Add(output);
        command.Options.Add(inPlace);
        command.Options.Add(force);
        command.Options.Add(diff);
        command.Options.Add(failOn);
        command.Options.Add(retranslate);
        common.AddTo(command);
        source.AddTo(command);

        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            string? outPath = parse.GetValue(output);
            bool overwrite = parse.GetValue(inPlace);
            if (overwrite && outPath is not null) throw new CliException("use either --output or --in-place, not both");
            if (overwrite && path == "-") throw new CliException("--in-place needs a file, not standard input");
            if (overwrite) AtomicFile.CheckReplaceable(path, parse.GetValue(force));
            if (SourceOptions.IsBilingual(path)) throw new CliException($"{path}: fix rewrites plain text; check a bilingual file with 'tfix check'");
            var threshold = CommonOptions.ParseFailOn(parse.GetValue(failOn));

            var input = InputFiles.Read(path);
            var config = new ConfigFiles().For(path);   // the tfix.yaml files above the file apply
            var engine = new ConfiguredEngines(common, parse).For(config);
            var document = source.CreateDocument(parse, path, input.Text, engine.Options.Language);
            var result = parse.GetValue(retranslate) ? Retranslate(engine, document, environment, config, path) : engine.Fix(document);
            var corrected = input.WithText(result.Corrected.Text);

            if (overwrite) { if (result.Changed) AtomicFile.Replace(path, corrected.Encode(), parse.GetValue(force)); }
            else if (outPath is not null) AtomicFile.Write(outPath, corrected.Encode());

            if (parse.GetValue(diff)) DiffPrinter.Print(result, path == "-" ? "stdin" : path, input.HasBom && input.Encoding is System.Text.UTF8Encoding);
            else if (!overwrite && outPath is null) StdOut.WriteText(corrected);

            FindingSummary.WriteRemaining(result, path, Console.Error);
            return threshold is { } level && result.Remaining.Any(f => f.Severity >= level) ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }

    private static Result Retranslate(TranslationFixEngine engine, Document document, Func<string, string?>? environment, EffectiveConfig config, string path)
    {
        if (document.Source is null) throw new CliException("--retranslate needs --source SRC: the segments to translate again come from it");
        using var setup = TranslatorSetup.Create(engine.Options, document.Source.Language, environment, config);
        var fixer = new RetranslatingFixer(engine, setup.Translator);
        return TranslatorSetup.Run(() => fixer.FixAsync(document).GetAwaiter().GetResult(), path);
    }
}
