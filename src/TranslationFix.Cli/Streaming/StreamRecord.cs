using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Numbers;
using TranslationFix.Core.Reporting;
using TranslationFix.Core.Text;

namespace TranslationFix.Cli.Streaming;

/// <summary>
/// One JSON Lines record of <c>tfix stream</c>: <c>{"id", "text", "source"?, "from"|"lang"?}</c> in,
/// <c>{"id", "text", "changed", "findings"}</c> out (findings as <c>check --format json</c> gives
/// them, on the input text), or <c>{"id", "error"}</c> for a record that cannot be cleaned. Pure:
/// one line in, one line (UTF-8, no newline) out, safe from any thread.
/// </summary>
public sealed class StreamRecord(TranslationFixEngine engine, string sourceField)
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The output line for input line <paramref name="lineNumber"/>.</summary>
    public StreamOutput Process(string line, long lineNumber)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            string reason = line.Trim().Length == 0 ? "empty line" : $"not valid JSON: {FirstSentence(e.Message)}";
            return new StreamOutput(Error(w => WriteReadableId(w, line), $"line {lineNumber}: {reason}"), Failed: true);
        }
        using (json)
        {
            var record = json.RootElement;
            if (record.ValueKind != JsonValueKind.Object)
                return new StreamOutput(Error(null, $"line {lineNumber}: a record must be a JSON object"), Failed: true);
            Action<Utf8JsonWriter>? id = record.TryGetProperty("id", out var idValue) ? w => { w.WritePropertyName("id"); idValue.WriteTo(w); } : null;
            try
            {
                var document = Document(record, lineNumber);
                var result = engine.Fix(document);
                return new StreamOutput(Write(w =>
                {
                    id?.Invoke(w);
                    w.WriteString("text", result.Corrected.Text);
                    w.WriteBoolean("changed", result.Changed);
                    JsonReporter.WriteFindings(w, "findings", result.Findings);
                }), result.Changed, Failed: false);
            }
            catch (RecordException e)
            {
                return new StreamOutput(Error(id, e.Message), Failed: true);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // An engine bug (or a regex timing out) on one record must not stop the stream.
                return new StreamOutput(Error(id, $"line {lineNumber}: {e.GetType().Name}: {e.Message}"), Failed: true);
            }
        }
    }

    private Document Document(JsonElement record, long lineNumber)
    {
        string text = String(record, "text", lineNumber) ?? throw new RecordException($"line {lineNumber}: missing string field 'text'");
        var document = Core.Text.Document.Create(text, DocumentFormat.Plain, engine.Options.Language);
        if (String(record, sourceField, lineNumber) is not { } source) return document;
        string? from = String(record, "from", lineNumber) ?? String(record, "lang", lineNumber);
        if (from is not null && !NumberLanguage.IsSupported(from))
            throw new RecordException($"line {lineNumber}: language '{from}' is not one of {string.Join(", ", NumberLanguage.Supported)}");
        return document.WithSource(new SourceText(source, from));
    }

    // A string field, or null when it is absent or null; another type is the record's error.
    private static string? String(JsonElement record, string name, long lineNumber)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString()
            : throw new RecordException($"line {lineNumber}: field '{name}' must be a string");
    }

    private static byte[] Error(Action<Utf8JsonWriter>? id, string message) => Write(w =>
    {
        id?.Invoke(w);
        w.WriteString("error", message);
    });

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    // The top-level "id" of a line that is not valid JSON, when it comes before the damage.
    private static void WriteReadableId(Utf8JsonWriter output, string line)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(line));
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("id")) continue;
                if (!reader.Read()) return;
                if (reader.TokenType == JsonTokenType.String) output.WriteString("id", reader.GetString());
                else if (reader.TokenType == JsonTokenType.Number) { output.WritePropertyName("id"); output.WriteRawValue(reader.ValueSpan); }
                return;
            }
        }
        catch (JsonException)
        {
            // The damage came first: no id to give.
        }
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private sealed class RecordException(string message) : Exception(message);
}

/// <summary>One output line (UTF-8 JSON, no newline) and what happened to its record.</summary>
public readonly record struct StreamOutput(byte[] Line, bool Changed = false, bool Failed = false);
