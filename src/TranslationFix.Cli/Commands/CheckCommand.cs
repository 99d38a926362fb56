using System.CommandLine;
using TranslationFix.Cli.Files;
using TranslationFix.Core.Baselines;
using TranslationFix.Core.Reporting;
using TranslationFix.Core.Reporting.Html;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Suppressions;
using TranslationFix.Core.Text;

namespace TranslationFix.Cli.Commands;

/// <summary>
/// <c>tfix check PATH... [--format text|json|sarif|github|html] [--fail-on LEVEL] [--baseline FILE]
/// [--write-baseline FILE] [--show-suppressed]</c>: report, change nothing. Each file is checked
/// with the tfix.yaml files above it (nearest wins) under the command line's options.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var source = new SourceOptions();
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders or globs to check ('-' for standard input)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text, json, sarif, github or html", DefaultValueFactory = _ => "text" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file" };
        var failOn = CommonOptions.FailOn("warning");
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings not recorded in this baseline file" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record today's findings in this baseline file and exit 0" };
        var showSuppressed = new Option<bool>("--show-suppressed") { Description = "Also list findings switched off by tfix-disable comments (never counted for --fail-on)" };

        var command = new Command("check", "Report findings without changing anything; exit 1 when any reach --fail-on");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(failOn);
        command.Options.Add(baseline);
        command.Options.Add(writeBaseline);
        command.Options.Add(showSuppressed);
        common.AddTo(command);
        source.AddTo(command);

        command.SetAction(parse =>
        {
            string formatName = parse.GetValue(format)!.ToLowerInvariant();
            if (formatName is not ("text" or "json" or "sarif" or "github" or "html"))
                throw new CliException($"--format: '{formatName}' is not one of text, json, sarif, github, html");
            CommonOptions.ParseFailOn(parse.GetValue(failOn));   // a bad value is an error before any file is read
            var configs = new ConfigFiles();
            var engines = new ConfiguredEngines(common, parse);
            var accepted = parse.GetValue(baseline) is { } baselinePath ? BaselineFile.Read(baselinePath) : null;
            string? recordTo = parse.GetValue(writeBaseline);
            var recorded = Baseline.Empty;

            var reports = new List<FileReport>();
            bool failed = false;
            var files = CheckInputs.Expand(parse.GetValue(paths)!, configs);
            if (files.Count == 0) Console.Error.WriteLine("tfix: warning: no files to check (none with a text extension, or all excluded)");
            if (files.Count > 1 && parse.GetValue(source.Source) is not null) throw new CliException("--source belongs to one file: give one PATH");
            foreach (var path in files)
            {
                var config = configs.For(path);
                var engine = engines.For(config);
                var input = InputFiles.Read(path);
                var document = source.CreateDocument(parse, path, input.Text, engine.Options.Language);
                var findings = engine.Analyze(document);   // check changes nothing: one analysis, no fix loop
                var prints = FindingFingerprints.ByFinding(document.Text, findings);
                if (recordTo is not null) recorded.Add(BaselineFile.Key(recordTo, path), document.Text, findings);
                if (accepted is not null) findings = accepted.Value.Baseline.NewFindings(BaselineFile.Key(accepted.Value.Path, path), document.Text, findings);
                var suppressed = parse.GetValue(showSuppressed)
                    ? SuppressionMap.For(document).Suppressed(engine.Pipeline.AnalyzeAll(document))
                    : [];
                foreach (var (finding, print) in FindingFingerprints.ByFinding(document.Text, suppressed)) prints[finding] = print;
                reports.Add(new FileReport(path, findings) { Suppressed = suppressed, Fingerprints = prints, Document = document });

                var threshold = CommonOptions.ParseFailOn(ConfiguredEngines.FailOn(parse, failOn, config, "warning"));
                failed |= threshold is { } level && findings.Any(f => f.Severity >= level);
            }

            if (recordTo is not null)
            {
                AtomicFile.Write(recordTo, System.Text.Encoding.UTF8.GetBytes(recorded.ToJson()));
                Console.Error.WriteLine($"tfix: recorded {recorded.Count} findings in {recorded.Files.Count} files to {recordTo}");
                return ExitCodes.Clean;
            }

            var writer = new StringWriter();
            var reporter = ReporterFor(formatName, engines);
            reporter.Write(reports, writer);
            if (parse.GetValue(output) is { } outPath) AtomicFile.Write(outPath, System.Text.Encoding.UTF8.GetBytes(writer.ToString()));
            else Console.Out.Write(writer.ToString());
            if (parse.GetValue(showSuppressed))
                Console.Error.WriteLine($"tfix: {reports.Sum(r => r.Findings.Count)} findings, {reports.Sum(r => r.Suppressed.Count)} suppressed");

            return failed ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }

    private static IReporter ReporterFor(string format, ConfiguredEngines engines) => format switch
    {
        "json" => new JsonReporter(),
        "sarif" => new SarifReporter([.. engines.All.SelectMany(e => e.Pipeline.Rules).DistinctBy(r => r.Id)]),
        "github" => new GitHubReporter(),
        "html" => new HtmlReporter(),
        _ => new TextReporter(),
    };
}
