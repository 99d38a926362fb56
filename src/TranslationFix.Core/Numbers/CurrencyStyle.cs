namespace TranslationFix.Core.Numbers;

/// <summary>How US-dollar amounts are written. <see cref="Auto"/>: the way the article mostly writes them.</summary>
public enum CurrencyStyle
{
    Auto,
    /// <summary>"US$5 million"</summary>
    UsDollarPrefix,
    /// <summary>"$5 million"</summary>
    DollarSign,
    /// <summary>"USD 5 million"</summary>
    Iso,
    /// <summary>"5 million US dollars" (never chosen as a house style, but counted)</summary>
    Words,
}

public static class CurrencyStyles
{
    public static bool TryParse(string? text, out CurrencyStyle style)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "auto": style = CurrencyStyle.Auto; return true;
            case "us-dollar-prefix": style = CurrencyStyle.UsDollarPrefix; return true;
            case "dollar-sign": style = CurrencyStyle.DollarSign; return true;
            case "iso": style = CurrencyStyle.Iso; return true;
            default: style = default; return false;
        }
    }

    public static string ToId(this CurrencyStyle style) => style switch
    {
        CurrencyStyle.UsDollarPrefix => "us-dollar-prefix",
        CurrencyStyle.DollarSign => "dollar-sign",
        CurrencyStyle.Iso => "iso",
        CurrencyStyle.Words => "words",
        _ => "auto",
    };

    /// <summary>An amount ("5 million") written in a style.</summary>
    public static string Write(this CurrencyStyle style, string amount) => style switch
    {
        CurrencyStyle.DollarSign => $"${amount}",
        CurrencyStyle.Iso => $"USD {amount}",
        CurrencyStyle.Words => $"{amount} US dollars",
        _ => $"US${amount}",
    };
}
