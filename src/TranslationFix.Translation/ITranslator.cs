namespace TranslationFix.Translation;

/// <summary>
/// Machine translation of a list of texts, one result per text, in order. The engine and the CLI
/// depend on this seam only; <see cref="Azure.AzureTranslatorClient"/> is the real one.
/// </summary>
public interface ITranslator
{
    Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, TranslationRequest request, CancellationToken cancellationToken = default);
}

/// <summary>What to translate from and to. <see cref="From"/> null lets the service detect it.</summary>
public sealed record TranslationRequest(string? From, string To, TextType TextType = TextType.Plain)
{
    /// <summary>The target's primary language tag ("en" for "en-GB", "zh" for "zh-Hans").</summary>
    public string TargetLanguage => To.Split('-')[0].ToLowerInvariant();
}

/// <summary>Plain text, or HTML whose tags the service keeps in place.</summary>
public enum TextType
{
    Plain,
    Html,
}
