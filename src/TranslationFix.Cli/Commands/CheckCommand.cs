using System.CommandLine;
using TranslationFix.Cli.Files;
using TranslationFix.Core.Reporting;
using TranslationFix.Core.Text;

namespace TranslationFix.Cli.Commands;

/// <summary><c>tfix check PATH... [--format text|json] [--fail-on LEVEL]</c>: report, change nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var source = new SourceOptions();
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders to check ('-' for standard input)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text, json", DefaultValueFactory = _ => "text" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file" };
        var failOn = CommonOptions.FailOn("warning");

        var command = new Command("check", "Report findings without changing anything; exit 1 when any reach --fail-on");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(failOn);
        common.AddTo(command);
        source.AddTo(command);

        command.SetAction(parse =>
        {
            var reporter = ReporterFor(parse.GetValue(format)!);
            var threshold = CommonOptions.ParseFailOn(parse.GetValue(failOn));
            var files = InputFiles.Expand(parse.GetValue(paths)!);
            var engine = common.BuildEngine(parse);
            var reports = new List<FileReport>();
            if (files.Count > 1 && parse.GetValue(source.Source) is not null) throw new CliException("--source belongs to one file: give one PATH");
            foreach (var path in files)
            {
                var input = InputFiles.Read(path);
                var result = engine.Fix(source.CreateDocument(parse, path, input.Text, engine.Options.Language));
                reports.Add(new FileReport(path, result.Findings));
            }

            var writer = new StringWriter();
            reporter.Write(reports, writer);
            if (parse.GetValue(output) is { } outPath) AtomicFile.Write(outPath, System.Text.Encoding.UTF8.GetBytes(writer.ToString()));
            else Console.Out.Write(writer.ToString());

            bool failed = threshold is { } level && reports.SelectMany(r => r.Findings).Any(f => f.Severity >= level);
            return failed ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }

    private static IReporter ReporterFor(string format) => format.ToLowerInvariant() switch
    {
        "text" => new TextReporter(),
        "json" => new JsonReporter(),
        _ => throw new CliException($"--format: '{format}' is not one of text, json"),
    };
}
