using System.Text;
using System.Text.Json;

namespace TranslationFix.Translation.Azure;

/// <summary>The v3 wire format: request bodies <c>[{"Text":"..."}]</c> and the answers to translate and lookup.</summary>
public static class TranslatorJson
{
    public static byte[] WriteTexts(IEnumerable<string> texts)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var text in texts)
            {
                writer.WriteStartObject();
                writer.WriteString("Text", text);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return buffer.ToArray();
    }

    /// <summary><c>[{"translations":[{"text":..,"to":..}]}, ...]</c>: the first translation of each element.</summary>
    public static IReadOnlyList<string> ReadTranslations(string json, int expected) => Read(json, expected, element =>
    {
        var translations = Property(element, "translations", JsonValueKind.Array);
        if (translations.GetArrayLength() == 0) throw new FormatException("an element has no translations");
        return Property(translations[0], "text", JsonValueKind.String).GetString()!;
    });

    public static IReadOnlyList<DictionaryLookupResult> ReadLookups(string json, int expected) => Read(json, expected, element =>
        new DictionaryLookupResult(
            Property(element, "normalizedSource", JsonValueKind.String).GetString()!,
            Property(element, "displaySource", JsonValueKind.String).GetString()!,
            [.. Property(element, "translations", JsonValueKind.Array).EnumerateArray().Select(t => new DictionaryTranslation(
                Property(t, "normalizedTarget", JsonValueKind.String).GetString()!,
                Property(t, "displayTarget", JsonValueKind.String).GetString()!,
                t.TryGetProperty("posTag", out var pos) && pos.ValueKind == JsonValueKind.String ? pos.GetString()! : "",
                t.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 0,
                t.TryGetProperty("backTranslations", out var back) && back.ValueKind == JsonValueKind.Array
                    ? [.. back.EnumerateArray().Select(b => Property(b, "displayText", JsonValueKind.String).GetString()!)]
                    : []))]));

    private static IReadOnlyList<T> Read<T>(string json, int expected, Func<JsonElement, T> readElement)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array) throw new FormatException($"expected a JSON array, got {root.ValueKind}");
        if (root.GetArrayLength() != expected) throw new FormatException($"expected {expected} results, got {root.GetArrayLength()}");
        return [.. root.EnumerateArray().Select(readElement)];
    }

    private static JsonElement Property(JsonElement element, string name, JsonValueKind kind)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != kind)
            throw new FormatException($"'{name}' is missing or not a {kind.ToString().ToLowerInvariant()}");
        return value;
    }

    internal static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}

/// <summary>One looked-up term and its dictionary translations, most likely first.</summary>
public sealed record DictionaryLookupResult(string NormalizedSource, string DisplaySource, IReadOnlyList<DictionaryTranslation> Translations);

public sealed record DictionaryTranslation(string NormalizedTarget, string DisplayTarget, string PosTag, double Confidence, IReadOnlyList<string> BackTranslations);
