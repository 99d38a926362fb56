using System.Text.Json;
using TranslationFix.Core.Parsing;

namespace TranslationFix.Core.Bilingual;

/// <summary>
/// Reads JSON Lines: one object per line with string fields <c>source</c> and <c>target</c> (and an
/// optional <c>id</c>). Strict: a repeated key, nesting deeper than <see cref="InputLimits.MaxNesting"/>
/// and a string that is not valid Unicode (a lone surrogate escape such as <c>\ud800</c>) are errors naming the line.
/// </summary>
public static class JsonlReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = InputLimits.MaxNesting, AllowDuplicateProperties = false };

    public static BilingualFile Read(string text, string? path = null)
    {
        if (InputLimits.TooLarge(text.Length) is { } tooLarge) throw new BilingualFormatException(path, 1, tooLarge);
        var segments = new List<BilingualSegment>();
        int lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (line.Length > InputLimits.MaxJsonLineChars)
                throw new BilingualFormatException(path, lineNumber, $"line too long ({line.Length:N0} characters; the limit is {InputLimits.MaxJsonLineChars:N0})");
            try
            {
                using var json = JsonDocument.Parse(line, Options);
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                    throw new BilingualFormatException(path, lineNumber, "each line must be a JSON object");
                string source = Field(json.RootElement, "source", path, lineNumber);
                string target = Field(json.RootElement, "target", path, lineNumber);
                string id = json.RootElement.TryGetProperty("id", out var idValue) ? idValue.ToString() : $"{lineNumber}";
                segments.Add(new BilingualSegment(id, source, target, lineNumber));
            }
            catch (JsonException e)
            {
                throw new BilingualFormatException(path, lineNumber, $"not valid JSON: {e.Message.Split('\n')[0]}");
            }
            catch (ArgumentException)
            {
                // A lone surrogate in the text itself (the file readers decode strictly, so only a caller's string has one).
                throw new BilingualFormatException(path, lineNumber, "the line is not valid Unicode text");
            }
            catch (InvalidOperationException)
            {
                // JsonElement.GetString refuses a string whose escapes are not valid UTF-16.
                throw new BilingualFormatException(path, lineNumber, "a string holds an invalid escape (a lone surrogate such as \\ud800)");
            }
        }
        return new BilingualFile(segments, null, null);
    }

    private static string Field(JsonElement obj, string name, string? path, int line) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new BilingualFormatException(path, line, $"missing string field '{name}'");
}
