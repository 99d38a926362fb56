using System.CommandLine;
using TranslationFix.Cli.Files;
using TranslationFix.Core.Evaluation;

namespace TranslationFix.Cli.Commands;

/// <summary>
/// <c>tfix eval [--mt DIR] [--clean DIR] [-v] [--format text|json] [common options]</c>: score the
/// engine (glossaries, rules, tfix.yaml of the current folder) on an annotated sample. MT texts
/// come with <c>NAME.errors.json</c> beside them; native controls with one <c>traps.json</c>. The
/// scoring is Core's (<see cref="Evaluator"/>); this command only reads the folders.
/// </summary>
public static class EvalCommand
{
    private const string ErrorsSuffix = ".errors.json";
    private const string TrapsFile = "traps.json";

    /// <param name="output">Where the report goes (standard output by default).</param>
    public static Command Create(TextWriter? output = null)
    {
        var common = new CommonOptions();
        var mt = new Option<string?>("--mt") { HelpName = "DIR", Description = "Machine-translated texts, each with NAME.errors.json beside it (recall by kind)" };
        var clean = new Option<string?>("--clean") { HelpName = "DIR", Description = "Native-English controls that must come out unchanged, with traps.json (false edits)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every miss, false edit and flag on a trap" };
        var format = new Option<string>("--format", "-f") { Description = "text or json", DefaultValueFactory = _ => "text" };

        var command = new Command("eval", "Score the glossaries and rules on an annotated sample: recall on MT texts, false edits on native controls");
        foreach (var option in new Option[] { mt, clean, verbose, format }) command.Options.Add(option);
        common.AddTo(command);

        command.SetAction(parse =>
        {
            string formatName = parse.GetValue(format)!.ToLowerInvariant();
            if (formatName is not ("text" or "json")) throw new CliException($"--format: '{formatName}' is not one of text, json");
            string? mtDir = parse.GetValue(mt), cleanDir = parse.GetValue(clean);
            if (mtDir is null && cleanDir is null) throw new CliException("say what to score: --mt DIR, --clean DIR or both");

            var mtSamples = mtDir is null ? [] : ReadMt(mtDir);
            var cleanSamples = cleanDir is null ? [] : ReadClean(cleanDir);
            // One engine for every file, configured as for a file in the current folder.
            var config = new ConfigFiles().For(Path.Combine(Directory.GetCurrentDirectory(), "tfix.eval"));
            var engine = new ConfiguredEngines(common, parse).For(config);
            var result = new Evaluator(engine).Run(mtSamples, cleanSamples);

            var writer = output ?? Console.Out;
            if (formatName == "json") EvaluationJsonReport.Write(result, writer, mtDir is not null, cleanDir is not null);
            else EvaluationTextReport.Write(result, writer, parse.GetValue(verbose));
            writer.Flush();
            return ExitCodes.Clean;
        });
        return command;
    }

    // Every NAME.errors.json of the folder with the text NAME.txt (or another text extension) beside it.
    private static List<MtSample> ReadMt(string dir)
    {
        var samples = new List<MtSample>();
        foreach (var errorsPath in FilesOf(dir).Where(f => f.EndsWith(ErrorsSuffix, StringComparison.Ordinal)))
        {
            string stem = errorsPath[..^ErrorsSuffix.Length];
            string textPath = InputFiles.TextExtensions.Select(ext => stem + ext).FirstOrDefault(File.Exists)
                ?? throw new CliException($"{errorsPath}: no text beside it ({Path.GetFileName(stem)}.txt)");
            string text = InputFiles.Read(textPath).Text;
            var annotations = Parse(() => AnnotationReader.ReadErrors(ReadAll(errorsPath), errorsPath, text));
            samples.Add(new MtSample(Path.GetFileName(textPath), text, annotations));
        }
        if (samples.Count == 0) throw new CliException($"{dir}: no *{ErrorsSuffix} files (an MT text NAME.txt is scored with NAME{ErrorsSuffix} beside it)");
        return samples;
    }

    // Every text file of the folder but its README, with the traps of traps.json (a folder without
    // one has no traps).
    private static List<CleanSample> ReadClean(string dir)
    {
        var texts = FilesOf(dir)
            .Where(f => InputFiles.TextExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => !Path.GetFileNameWithoutExtension(f).Equals("README", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => Path.GetFileName(f), f => InputFiles.Read(f).Text, StringComparer.Ordinal);
        if (texts.Count == 0) throw new CliException($"{dir}: no text files to use as controls");
        string trapsPath = Path.Combine(dir, TrapsFile);
        var traps = File.Exists(trapsPath)
            ? Parse(() => AnnotationReader.ReadTraps(ReadAll(trapsPath), trapsPath, name => texts.GetValueOrDefault(name)))
            : [];
        return [.. texts.Select(t => new CleanSample(t.Key, t.Value, [.. traps.Where(trap => trap.File == t.Key)]))];
    }

    private static IEnumerable<string> FilesOf(string dir)
    {
        if (!Directory.Exists(dir)) throw new CliException($"{dir}: no such folder");
        return Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal);
    }

    private static string ReadAll(string path) => InputFiles.Read(path).Text;

    private static T Parse<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (AnnotationFormatException e)
        {
            throw new CliException(e.Message);
        }
    }
}
