using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace TranslationFix.Translation.Azure;

/// <summary>
/// The retry policy around one HTTP request: a total time limit, then retries with exponential
/// backoff and jitter (or the wait the service names in Retry-After), then a limit per attempt.
/// </summary>
public static class TranslatorResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Create(TranslatorOptions options, Action<string>? log = null, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        // Every line passes the secret filter: a reason phrase or an exception may echo the key.
        Action<string>? safeLog = log is null ? null : line => log(options.Redact(line));
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, options, time.GetUtcNow())),
                // null keeps the exponential backoff; a Retry-After wins over it.
                DelayGenerator = args => ValueTask.FromResult(RetryAfter.From(args.Outcome.Result, time.GetUtcNow())),
                OnRetry = args =>
                {
                    safeLog?.Invoke($"translator: {Describe(args.Outcome, options)}; retry {args.AttemptNumber + 1} of {options.MaxRetries} in {args.RetryDelay.TotalSeconds:0.###} s");
                    return default;
                },
            });
        }
        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    /// <summary>429, 408 and 5xx answers, attempt timeouts and network errors are worth another try.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome, TranslatorOptions options, DateTimeOffset now)
    {
        // A host name that does not resolve will not resolve on a retry either.
        if (outcome.Exception is not null)
            return outcome.Exception is HttpRequestException { HttpRequestError: not HttpRequestError.NameResolutionError } or TimeoutRejectedException;
        if (outcome.Result is not { } response) return false;
        bool retryable = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
            || (int)response.StatusCode >= 500;
        // A wait longer than we are willing to give is not retried: the error says so at once.
        return retryable && !(RetryAfter.From(response, now) > options.MaxRetryAfter);
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome, TranslatorOptions options) => outcome switch
    {
        { Result: { } r } => $"HTTP {(int)r.StatusCode} {r.ReasonPhrase}",
        { Exception: TimeoutRejectedException } => $"no answer within {options.AttemptTimeout.TotalSeconds:0.###} s",
        { Exception: { } e } => TranslatorErrors.OneLine(options.Redact(e.Message)),
        _ => "failed",
    };
}
