using System.Text;
using System.Text.Json;

namespace TranslationFix.Core.Evaluation;

/// <summary>
/// Reads the annotation files of an evaluation set: <c>NAME.errors.json</c> (a list of
/// <c>{wrong, right, kind, confidence}</c>) and <c>traps.json</c> (a list of
/// <c>{file, text, kind, why}</c>). Strict, as glossaries are: a missing or unknown key, a bad
/// value or a string the text does not contain is an <see cref="AnnotationFormatException"/>
/// naming the file and the line of the entry.
/// </summary>
public static class AnnotationReader
{
    private static readonly string[] ErrorKeys = ["wrong", "right", "kind", "confidence"];
    private static readonly string[] TrapKeys = ["file", "text", "kind", "why"];
    private static readonly string[] RequiredTrapKeys = ["file", "text", "kind"];   // "why" is for people

    /// <param name="json">The content of the errors file.</param>
    /// <param name="path">The errors file, for messages.</param>
    /// <param name="text">The annotated text: every <c>wrong</c> must occur in it.</param>
    public static IReadOnlyList<Annotation> ReadErrors(string json, string path, string text)
    {
        var annotations = new List<Annotation>();
        foreach (var (entry, line) in Entries(json, path))
        {
            var fields = Fields(entry, ErrorKeys, ErrorKeys, path, line);
            string wrong = fields["wrong"], right = fields["right"], kind = fields["kind"], confidence = fields["confidence"];
            if (wrong.Length == 0) throw new AnnotationFormatException(path, line, "'wrong' is empty");
            if (!AnnotationKinds.All.Contains(kind))
                throw new AnnotationFormatException(path, line, $"kind '{kind}' is not one of {string.Join(", ", AnnotationKinds.All)}");
            if (!AnnotationKinds.Confidences.Contains(confidence))
                throw new AnnotationFormatException(path, line, $"confidence '{confidence}' is not one of {string.Join(", ", AnnotationKinds.Confidences)}");
            if (!text.Contains(wrong, StringComparison.Ordinal))
                throw new AnnotationFormatException(path, line, $"'wrong' text \"{Shorten(wrong)}\" does not occur in the annotated text");
            annotations.Add(new Annotation(wrong, right, kind, confidence, line));
        }
        return annotations;
    }

    /// <param name="json">The content of traps.json.</param>
    /// <param name="path">traps.json, for messages.</param>
    /// <param name="textOf">The control text of a file name, or null when the set has no such file.</param>
    public static IReadOnlyList<Trap> ReadTraps(string json, string path, Func<string, string?> textOf)
    {
        var traps = new List<Trap>();
        foreach (var (entry, line) in Entries(json, path))
        {
            var fields = Fields(entry, TrapKeys, RequiredTrapKeys, path, line);
            if (!TrapKinds.TryParse(fields["kind"], out var kind))
                throw new AnnotationFormatException(path, line, $"kind '{fields["kind"]}' is not one of must_not_change, native_page_furniture, acceptable_normalization");
            if (fields["text"].Length == 0) throw new AnnotationFormatException(path, line, "'text' is empty");
            string? text = textOf(fields["file"]);
            if (text is null) throw new AnnotationFormatException(path, line, $"file '{fields["file"]}' is not in the control set");
            if (!text.Contains(fields["text"], StringComparison.Ordinal))
                throw new AnnotationFormatException(path, line, $"trap text \"{Shorten(fields["text"])}\" does not occur in {fields["file"]}");
            traps.Add(new Trap(fields["file"], fields["text"], kind, fields.GetValueOrDefault("why") ?? "", line));
        }
        return traps;
    }

    // The objects of a top-level JSON array, each with the 1-based line it starts on.
    private static List<(JsonElement Entry, int Line)> Entries(string json, string path)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        var entries = new List<(JsonElement, int)>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                throw new AnnotationFormatException(path, 1, "expected a JSON list of objects");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                int line = LineAt(bytes, reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                    throw new AnnotationFormatException(path, line, "expected an object");
                using var entry = JsonDocument.ParseValue(ref reader);
                entries.Add((entry.RootElement.Clone(), line));
            }
            if (reader.Read()) throw new AnnotationFormatException(path, LineAt(bytes, reader.TokenStartIndex), "unexpected content after the list");
        }
        catch (JsonException e)
        {
            throw new AnnotationFormatException(path, (int)(e.LineNumber ?? 0) + 1, $"invalid JSON: {FirstSentence(e.Message)}");
        }
        return entries;
    }

    private static Dictionary<string, string> Fields(JsonElement entry, string[] keys, string[] required, string path, int line)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in entry.EnumerateObject())
        {
            if (!keys.Contains(property.Name))
                throw new AnnotationFormatException(path, line, $"unknown key '{property.Name}' (expected {string.Join(", ", keys)})");
            if (property.Value.ValueKind != JsonValueKind.String)
                throw new AnnotationFormatException(path, line, $"'{property.Name}' must be a string");
            fields[property.Name] = property.Value.GetString()!;
        }
        foreach (var key in required)
        {
            if (!fields.ContainsKey(key)) throw new AnnotationFormatException(path, line, $"'{key}' is missing");
        }
        return fields;
    }

    private static int LineAt(byte[] bytes, long offset)
    {
        int line = 1;
        for (long i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') line++;
        }
        return line;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
