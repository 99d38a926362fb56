namespace TranslationFix.Translation;

/// <summary>What went wrong talking to a translation service, in words a user can act on.</summary>
public enum TranslatorErrorKind
{
    BadKey,
    Forbidden,
    QuotaExceeded,
    TooManyRequests,
    TextTooLong,
    BadRequest,
    ServiceUnavailable,
    Timeout,
    Network,
    MalformedResponse,
    Configuration,
}

/// <summary>
/// A translation failed. The message is one line, names the cause and what to do, and never
/// contains the subscription key.
/// </summary>
public class TranslatorException(TranslatorErrorKind kind, string message, int? serviceCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public TranslatorErrorKind Kind { get; } = kind;

    /// <summary>The service's own error code (e.g. 401000), when it sent one.</summary>
    public int? ServiceCode { get; } = serviceCode;
}

/// <summary>The translator is not configured (no key, bad endpoint): the message names the variable to set.</summary>
public sealed class TranslatorConfigurationException(string message)
    : TranslatorException(TranslatorErrorKind.Configuration, message);
