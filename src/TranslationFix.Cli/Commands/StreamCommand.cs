using System.CommandLine;
using System.Text;
using TranslationFix.Cli.Files;
using TranslationFix.Cli.Streaming;

namespace TranslationFix.Cli.Commands;

/// <summary>
/// <c>tfix stream [common options] [--source-field NAME] [--jobs N] [--batch-size N]</c>: JSON Lines
/// on standard input, one cleaned record per line on standard output, in input order (the mapper
/// of Spark's <c>RDD.pipe</c>, Hadoop Streaming and the like). One engine serves the whole stream;
/// a bad record gets an error line and the stream goes on; exit 2 when any record failed.
/// </summary>
public static class StreamCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="input">Where records are read (standard input by default).</param>
    /// <param name="output">Where results are written (standard output by default).</param>
    public static Command Create(Stream? input = null, Stream? output = null)
    {
        var common = new CommonOptions();
        var sourceField = new Option<string>("--source-field") { HelpName = "NAME", Description = "The record field holding the source text (numbers are checked against it)", DefaultValueFactory = _ => "source" };
        var jobs = new Option<int>("--jobs", "-j") { HelpName = "N", Description = "Records cleaned at once (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batchSize = new Option<int>("--batch-size") { HelpName = "N", Description = "At most this many records in flight; output is flushed after each batch", DefaultValueFactory = _ => 256 };

        var command = new Command("stream", "Clean JSON Lines from stdin to stdout, one record per line in input order (for Spark RDD.pipe, Hadoop Streaming)");
        foreach (var option in new Option[] { sourceField, jobs, batchSize }) command.Options.Add(option);
        common.AddTo(command);

        command.SetAction(parse =>
        {
            int jobCount = parse.GetValue(jobs), size = parse.GetValue(batchSize);
            if (jobCount < 1) throw new CliException($"--jobs: {jobCount} is not a positive number");
            if (size < 1) throw new CliException($"--batch-size: {size} is not a positive number");
            // One engine for the stream, configured as for a file in the current folder.
            var config = new ConfigFiles().For(Path.Combine(Directory.GetCurrentDirectory(), "tfix.stream"));
            var engine = new ConfiguredEngines(common, parse).For(config);
            var record = new StreamRecord(engine, parse.GetValue(sourceField)!);

            using var reader = new StreamReader(input ?? Console.OpenStandardInput(), Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: input is not null);
            // Buffered: standard output is a raw handle (a write per record would be a system call each).
            var stdout = new BufferedStream(output ?? Console.OpenStandardOutput(), 1 << 16);
            long records = 0, failed = 0, changed = 0;
            try
            {
                new OrderedBatches(size, jobCount).Run(reader, record.Process,
                    batch =>
                    {
                        foreach (var result in batch)
                        {
                            stdout.Write(result.Line);
                            stdout.WriteByte((byte)'\n');
                            if (result.Changed) changed++;
                            if (result.Failed) failed++;
                        }
                        stdout.Flush();   // a pipe never waits for more than one batch
                        records += batch.Count;
                    });
            }
            catch (IOException e)
            {
                // The reader went away (`| head`, a killed task): stop, one line, no stack trace.
                throw new CliException($"stdout: {e.Message}");
            }
            stdout.Flush();
            if (output is null) stdout.Dispose();

            parse.InvocationConfiguration.Error.WriteLine($"tfix: stream: {records} records, {changed} changed, {failed} failed");
            return failed > 0 ? ExitCodes.BadInput : ExitCodes.Clean;
        });
        return command;
    }
}
