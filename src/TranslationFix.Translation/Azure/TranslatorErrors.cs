using System.Net;
using System.Text.Json;

namespace TranslationFix.Translation.Azure;

/// <summary>
/// Turns the service's error answer (<c>{"error":{"code":401000,"message":...}}</c>, or just a
/// status code) into a <see cref="TranslatorException"/> whose message says what to do.
/// </summary>
public static class TranslatorErrors
{
    public static TranslatorException FromResponse(HttpStatusCode status, string? body, TranslatorOptions options, string traceId)
    {
        // Masked before anything is parsed or cut short, so no part of the key survives a cut.
        var (code, serviceMessage) = Parse(body is null ? null : options.Redact(body));
        var (kind, advice) = Explain(code, status, options);
        string detail = serviceMessage is null ? $"HTTP {(int)status}" : $"{code?.ToString() ?? $"HTTP {(int)status}"}: {serviceMessage}";
        string message = options.Redact($"Azure Translator: {advice} ({detail}; trace id {traceId})");
        return new TranslatorException(kind, message, code);
    }

    internal static (TranslatorErrorKind Kind, string Advice) Explain(int? code, HttpStatusCode status, TranslatorOptions options)
    {
        int effective = code ?? (int)status * 1000;
        return effective switch
        {
            401000 when options.Region is null => (TranslatorErrorKind.BadKey,
                $"the key was rejected: check {TranslatorOptions.KeyVariable}, and set {TranslatorOptions.RegionVariable} if the resource is regional or multi-service"),
            401000 or 401015 => (TranslatorErrorKind.BadKey,
                $"the key was rejected: check {TranslatorOptions.KeyVariable} and that {TranslatorOptions.RegionVariable} is the resource's region"),
            >= 401000 and < 402000 => (TranslatorErrorKind.BadKey, $"not authorised: check {TranslatorOptions.KeyVariable} and {TranslatorOptions.RegionVariable}"),
            403001 => (TranslatorErrorKind.QuotaExceeded, "the subscription's free quota is used up: wait for the next month or move to a paid tier"),
            >= 403000 and < 404000 => (TranslatorErrorKind.Forbidden, "the operation is not allowed for this resource"),
            400050 or 400077 => (TranslatorErrorKind.TextTooLong, "the text is too long for one request (50,000 characters at most)"),
            400072 => (TranslatorErrorKind.TextTooLong, "too many texts in one request (1,000 at most)"),
            400019 or 400023 or 400035 or 400036 or 400003 => (TranslatorErrorKind.BadRequest, "a language code is not supported: check --from and --to (e.g. zh-Hans, en)"),
            >= 429000 and < 430000 => (TranslatorErrorKind.TooManyRequests, "too many requests or characters per minute for this tier, even after retrying: try again later"),
            >= 400000 and < 500000 => (TranslatorErrorKind.BadRequest, "the service refused the request"),
            >= 500000 => (TranslatorErrorKind.ServiceUnavailable, "the service failed, even after retrying: try again later"),
            _ => (TranslatorErrorKind.BadRequest, "unexpected answer from the service"),
        };
    }

    // Tolerant: an error body that is not the documented shape still gives a status-based message.
    private static (int? Code, string? Message) Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return (null, null);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                int? code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out int n) ? n : null;
                string? message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                return (code, message is null ? null : OneLine(message));
            }
        }
        catch (JsonException)
        {
        }
        return (null, OneLine(body));
    }

    internal static string OneLine(string text)
    {
        string line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
