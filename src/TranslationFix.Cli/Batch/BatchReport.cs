using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TranslationFix.Cli.Batch;

/// <summary>
/// The <c>--report</c> format: JSON Lines, one <see cref="FileRecord"/> per file, written as each file
/// finishes, so an interrupted batch leaves a usable report and per-shard reports concatenate.
/// </summary>
public static class BatchReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string ToLine(FileRecord record) => JsonSerializer.Serialize(record, Json);

    public static FileRecord FromLine(string line) =>
        JsonSerializer.Deserialize<FileRecord>(line, Json) ?? throw new JsonException("empty line");

    /// <summary>Reads a report (or several concatenated); the last line for a path wins.</summary>
    public static IReadOnlyDictionary<string, FileRecord> Read(string path)
    {
        var records = new Dictionary<string, FileRecord>(StringComparer.Ordinal);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: {Files.InputFiles.Reason(e)}");
        }
        for (int i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            FileRecord record;
            try
            {
                record = FromLine(lines[i]);
            }
            catch (JsonException e)
            {
                // A batch killed mid-line leaves a torn last line: ignore it, the file is redone.
                if (i == lines.Length - 1) continue;
                throw new CliException($"{path}:{i + 1}: not a report line ({e.Message.Split('.')[0]})");
            }
            records[record.Path] = record;
        }
        return records;
    }
}

/// <summary>Appends report lines from many workers, one whole line at a time, flushed as it goes.</summary>
public sealed class ReportWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Lock _lock = new();

    public ReportWriter(string path)
    {
        try
        {
            _writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot write: {Files.InputFiles.Reason(e)}");
        }
    }

    public void Write(FileRecord record)
    {
        string line = BatchReport.ToLine(record);
        lock (_lock)
        {
            try
            {
                _writer.Write(line + "\n");
                _writer.Flush();
            }
            catch (IOException e)
            {
                throw new CliException($"report: cannot write: {e.Message}");
            }
        }
    }

    public void Dispose() => _writer.Dispose();
}
