using System.Text.Json;

namespace TranslationFix.Core.Bilingual;

/// <summary>Reads JSON Lines: one object per line with string fields <c>source</c> and <c>target</c> (and an optional <c>id</c>).</summary>
public static class JsonlReader
{
    public static BilingualFile Read(string text, string? path = null)
    {
        var segments = new List<BilingualSegment>();
        int lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                    throw new BilingualFormatException(path, lineNumber, "each line must be a JSON object");
                string source = Field(json.RootElement, "source", path, lineNumber);
                string target = Field(json.RootElement, "target", path, lineNumber);
                string id = json.RootElement.TryGetProperty("id", out var idValue) ? idValue.ToString() : $"{lineNumber}";
                segments.Add(new BilingualSegment(id, source, target, lineNumber));
            }
            catch (JsonException e)
            {
                throw new BilingualFormatException(path, lineNumber, $"not valid JSON: {e.Message}");
            }
        }
        return new BilingualFile(segments, null, null);
    }

    private static string Field(JsonElement obj, string name, string? path, int line) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new BilingualFormatException(path, line, $"missing string field '{name}'");
}
