using System.Net;

namespace TranslationFix.Translation.Redaction;

/// <summary>
/// Masks a secret (the subscription key) in any text the translator lets out: exception messages,
/// retry log lines, service bodies and reason phrases. It masks the raw key, its URL-encoded forms
/// (either hex case), and any change of letter case, and a key prefix left at the end of a text
/// that someone else cut short. Mask first, then shorten: a cut never leaves part of a key.
/// </summary>
public sealed class SecretFilter
{
    public const string Mask = "***";

    /// <summary>A shorter tail of a text is not taken for a cut key (it could be any word).</summary>
    private const int MinimumPrefix = 8;

    private readonly string _secret;
    private readonly string[] _forms;

    public SecretFilter(string secret)
    {
        _secret = secret ?? "";
        if (_secret.Length == 0) { _forms = []; return; }
        string escaped = Uri.EscapeDataString(_secret);
        _forms = new[] { _secret, escaped, escaped.ToLowerInvariant(), WebUtility.UrlEncode(_secret) }
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(f => f.Length)
            .ToArray();
    }

    public string Apply(string? text)
    {
        if (string.IsNullOrEmpty(text) || _forms.Length == 0) return text ?? "";
        foreach (var form in _forms) text = text.Replace(form, Mask, StringComparison.OrdinalIgnoreCase);
        return MaskCutPrefix(text);
    }

    /// <summary>The exception with its message masked (kind, service code and cause kept).</summary>
    public TranslatorException Apply(TranslatorException e)
    {
        string masked = Apply(e.Message);
        if (masked == e.Message) return e;
        return e is TranslatorConfigurationException
            ? new TranslatorConfigurationException(masked)
            : new TranslatorException(e.Kind, masked, e.ServiceCode, e.InnerException);
    }

    // "… key 3f9a1c0b2e…" cut by a service or a proxy: the tail is the start of the key.
    private string MaskCutPrefix(string text)
    {
        string trimmed = text.TrimEnd('…', '.', ' ', '"', '\'');
        for (int length = Math.Min(_secret.Length - 1, trimmed.Length); length >= MinimumPrefix; length--)
        {
            int start = trimmed.Length - length;
            if (string.Compare(trimmed, start, _secret, 0, length, StringComparison.OrdinalIgnoreCase) == 0
                && (start == 0 || !char.IsAsciiLetterOrDigit(trimmed[start - 1])))
                return text[..start] + Mask + text[trimmed.Length..];
        }
        return text;
    }
}
