using System.CommandLine;
using TranslationFix.Cli.Files;
using TranslationFix.Cli.Output;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Text;
using TranslationFix.Translation;
using TranslationFix.Translation.Azure;
using TranslationFix.Translation.Documents;
using TranslationFix.Translation.Protection;

namespace TranslationFix.Cli.Commands;

/// <summary>
/// <c>tfix translate SRC --from zh-Hans --to en [-o OUT] [--diff]</c>: translate with Azure
/// Translator, the glossary's names protected, then clean the translation with the fix pipeline.
/// </summary>
public static class TranslateCommand
{
    /// <param name="environment">Where TFIX_TRANSLATOR_* are read from (the process environment by default).</param>
    public static Command Create(Func<string, string?>? environment = null)
    {
        var common = new CommonOptions();
        var source = new Argument<string>("SRC") { Description = "The source-language text ('-' for standard input)" };
        var from = new Option<string?>("--from") { Description = "Source language (e.g. zh-Hans); detected by the service when omitted" };
        var to = new Option<string>("--to") { Description = "Target language (e.g. en)", DefaultValueFactory = _ => "en" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the translation here instead of stdout" };
        var diff = new Option<bool>("--diff") { Description = "Print a diff of what the fix pipeline changed in the raw translation" };

        var command = new Command("translate", "Translate with Azure Translator (glossary names protected), then fix the result; needs TFIX_TRANSLATOR_KEY");
        command.Arguments.Add(source);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(output);
        command.Options.Add(diff);
        common.AddTo(command);

        command.SetAction(parse =>
        {
            string path = parse.GetValue(source)!;
            string? sourceLanguage = parse.GetValue(from);
            string target = parse.GetValue(to)!;
            string? outPath = parse.GetValue(output);

            // The engine cleans text in the target language, whatever --lang says.
            var config = new ConfigFiles().For(path == "-" ? Path.Combine(Directory.GetCurrentDirectory(), "stdin") : path);
            var engine = new ConfiguredEngines(common, parse).For(config);
            string language = target.Split('-')[0].ToLowerInvariant();
            if (engine.Options.Language != language) engine = TranslationFixEngine.Create(engine.Options with { Language = language });
            using var setup = TranslatorSetup.Create(engine.Options, sourceLanguage, environment, config);

            var input = InputFiles.Read(path);
            var format = DocumentFormats.FromPath(path);
            string label = outPath ?? (path == "-" ? "stdin" : path);
            var translator = new DocumentTranslator(setup.Translator);
            string translated = TranslatorSetup.Run(() => translator.TranslateAsync(input.Text, format, sourceLanguage, target).GetAwaiter().GetResult(), path);

            var result = engine.Fix(Document.Create(translated, format, language, label));
            var corrected = input.WithText(result.Corrected.Text);
            if (outPath is not null) AtomicFile.Write(outPath, corrected.Encode());
            if (parse.GetValue(diff)) DiffPrinter.Print(result, label);
            else if (outPath is null) StdOut.WriteText(corrected);

            FindingSummary.WriteRemaining(result, label, Console.Error);
            return ExitCodes.Clean;
        });
        return command;
    }
}
