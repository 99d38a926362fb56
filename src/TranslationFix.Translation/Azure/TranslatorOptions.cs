using TranslationFix.Translation.Redaction;

namespace TranslationFix.Translation.Azure;

/// <summary>
/// How to reach Azure Translator and how patient to be. Plain data with defaults; the key is
/// kept out of <see cref="ToString"/> so it cannot end up in a log by accident.
/// </summary>
public sealed class TranslatorOptions
{
    public const string KeyVariable = "TFIX_TRANSLATOR_KEY";
    public const string RegionVariable = "TFIX_TRANSLATOR_REGION";
    public const string EndpointVariable = "TFIX_TRANSLATOR_ENDPOINT";

    /// <summary>The global endpoint; regional and custom-domain endpoints work the same way.</summary>
    public static readonly Uri GlobalEndpoint = new("https://api.cognitive.microsofttranslator.com");

    public required string Key { get; init; }

    /// <summary>The resource's region ("westeurope"); needed for regional and multi-service resources.</summary>
    public string? Region { get; init; }

    public Uri Endpoint { get; init; } = GlobalEndpoint;

    /// <summary>Service limits for one translate request (Translator v3).</summary>
    public int MaxElementsPerRequest { get; init; } = 1_000;
    public int MaxCharactersPerRequest { get; init; } = 50_000;

    /// <summary>Retries after the first attempt, for 429, 5xx, timeouts and network errors.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First backoff delay; it doubles each retry, with jitter, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A Retry-After longer than this is not waited for: the request fails at once.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>One HTTP attempt, response body included.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>One request with all its retries and waits.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Reads TFIX_TRANSLATOR_KEY, TFIX_TRANSLATOR_REGION and TFIX_TRANSLATOR_ENDPOINT (default:
    /// the global endpoint). A missing key or a malformed endpoint is an error naming the variable.
    /// </summary>
    public static TranslatorOptions FromEnvironment(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        string? key = getVariable(KeyVariable)?.Trim();
        if (string.IsNullOrEmpty(key))
            throw new TranslatorConfigurationException($"{KeyVariable} is not set: export the key of your Azure Translator resource (see docs/translator.md)");

        var endpoint = GlobalEndpoint;
        if (getVariable(EndpointVariable)?.Trim() is { Length: > 0 } text)
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp))
                throw new TranslatorConfigurationException($"{EndpointVariable}: '{text}' is not an http(s) URL");
            endpoint = parsed;
        }
        // Checked here so that no HTTP header error can ever quote the key back.
        if (!key.All(c => char.IsAsciiLetterOrDigit(c) || "-_.+/=".Contains(c)))
            throw new TranslatorConfigurationException($"{KeyVariable} holds characters a key cannot have (spaces, quotes from copying, non-ASCII): copy the key again");
        string? region = getVariable(RegionVariable)?.Trim();
        return new TranslatorOptions { Key = key, Region = string.IsNullOrEmpty(region) ? null : region, Endpoint = endpoint };
    }

    private SecretFilter? _secrets;

    /// <summary>The filter every message of the translator passes through: it masks the key in all its forms.</summary>
    public SecretFilter Secrets => _secrets ??= new SecretFilter(Key);

    /// <summary>Removes the key from a text that may echo it (a service message, an exception).</summary>
    public string Redact(string text) => Secrets.Apply(text);

    public override string ToString() => $"Azure Translator at {Endpoint} (region {Region ?? "none"}, key ***)";
}
