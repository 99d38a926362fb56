using System.Net.Http.Headers;

namespace TranslationFix.Translation.Azure;

/// <summary>Reads how long a 429 or 503 asks the client to wait (Retry-After as seconds or as a date).</summary>
public static class RetryAfter
{
    public static TimeSpan? From(HttpResponseMessage? response, DateTimeOffset now) =>
        response is null ? null : From(response.Headers.RetryAfter, now);

    public static TimeSpan? From(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date) return date <= now ? TimeSpan.Zero : date - now;
        return null;
    }
}
