namespace TranslationFix.Core.Numbers;

/// <summary>House style for numbers in the translation. Plain data with defaults.</summary>
public sealed record NumberOptions
{
    /// <summary>How US-dollar amounts must be written; Auto follows the article's majority.</summary>
    public CurrencyStyle CurrencyStyle { get; init; } = CurrencyStyle.Auto;

    /// <summary>AP style: one through nine spelled out ("5 stores" → "five stores"), 10 and above as figures ("fifty" → "50").</summary>
    public bool SpellOutBelowTen { get; init; }
}
