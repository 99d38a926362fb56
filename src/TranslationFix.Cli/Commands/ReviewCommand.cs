using System.CommandLine;
using TranslationFix.Cli.Files;
using TranslationFix.Cli.Review;
using TranslationFix.Core.Engine;

namespace TranslationFix.Cli.Commands;

/// <summary>
/// <c>tfix review FILE [--source SRC] [--port N] [--no-open]</c>: a local page where an editor
/// accepts or rejects each proposed change, then saves FILE with the accepted ones. The first
/// line of stdout is the page's address (with this run's token).
/// </summary>
public static class ReviewCommand
{
    /// <param name="started">Called with the server once it listens (tests drive the page from here).</param>
    public static Command Create(Action<ReviewServer>? started = null)
    {
        var common = new CommonOptions();
        var source = new SourceOptions();
        var file = new Argument<string>("FILE") { Description = "The text to review; Save overwrites it (atomically) with the accepted changes" };
        var port = new Option<int>("--port") { Description = "Listen on this port of 127.0.0.1 (default: a free one)", DefaultValueFactory = _ => 0 };
        var noOpen = new Option<bool>("--no-open") { Description = "Print the address but do not open a browser" };

        var command = new Command("review", "Accept or reject each change in a local browser page, then save the file");
        command.Arguments.Add(file);
        command.Options.Add(port);
        command.Options.Add(noOpen);
        common.AddTo(command);
        source.AddTo(command);

        command.SetAction(async (parse, cancel) =>
        {
            string path = parse.GetValue(file)!;
            if (path == "-") throw new CliException("review saves to FILE: give a file, not standard input");
            if (SourceOptions.IsBilingual(path)) throw new CliException($"{path}: review edits plain text; check a bilingual file with 'tfix check'");
            int portNumber = parse.GetValue(port);
            if (portNumber is < 0 or > 65535) throw new CliException($"--port: {portNumber} is not a port number");

            var session = Open(path, parse, common, source);
            await using var server = await ReviewServer.StartAsync(session, portNumber);
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            stdout.WriteLine($"Review at {server.Url}");
            stdout.Flush();
            if (!parse.GetValue(noOpen) && !Browser.TryOpen(server.Url))
                stderr.WriteLine("tfix: could not open a browser; open the address above");
            started?.Invoke(server);

            var outcome = await server.WaitAsync(cancel);
            stderr.WriteLine(outcome is null ? $"tfix: {path}: not saved"
                : $"tfix: saved {path}: {outcome.Accepted} accepted, {outcome.Rejected} rejected");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static ReviewSession Open(string path, ParseResult parse, CommonOptions common, SourceOptions source)
    {
        var input = InputFiles.Read(path);
        byte[] bytes = File.ReadAllBytes(path);
        var config = new ConfigFiles().For(path);
        var engine = new ConfiguredEngines(common, parse).For(config);
        var document = source.CreateDocument(parse, path, input.Text, engine.Options.Language);
        var result = engine.Fix(document);   // pass 1 is the change list; later passes are counted, not offered
        var changes = ChangeList.From(document.Text, result.Findings);
        return new ReviewSession(path, bytes, input, document, changes, result.AppliedFixes.Count(f => f.Pass > 1));
    }
}
