namespace TranslationFix.Core.Numbers;

public enum MismatchKind
{
    /// <summary>The right digits at the wrong scale (3000万 as "3 million"): ×10, ×100, ×10⁴, ….</summary>
    MagnitudeSlip,
    /// <summary>A different value of the same kind.</summary>
    ChangedValue,
    /// <summary>The source quantity has no counterpart in the translation.</summary>
    Dropped,
    /// <summary>The same amount in another currency (新元 as "yuan").</summary>
    ChangedCurrency,
    /// <summary>The same amount in another unit.</summary>
    ChangedUnit,
}

/// <summary>A source quantity the translation gets wrong, and the target quantity it was paired with.</summary>
public sealed record QuantityMismatch(MismatchKind Kind, Quantity Source, Quantity? Target, double Factor = 1)
{
    /// <summary>What the translation should say, in English ("US$30 million").</summary>
    public string Expected => EnglishNumbers.Describe(Source);

    public string Describe() => Kind switch
    {
        MismatchKind.MagnitudeSlip => $"{Source.Text} → {Expected}, not {Target!.Text} (magnitude slip {EnglishNumbers.Factor(Factor)})",
        MismatchKind.ChangedValue => $"{Source.Text} → {Expected}, but the translation says {Target!.Text}",
        MismatchKind.ChangedCurrency => $"{Source.Text} is {Source.Unit}, but the translation says {Target!.Text} ({Target.Unit ?? "no currency"}): should be {Expected}",
        MismatchKind.ChangedUnit => $"{Source.Text} is in {Source.Unit}, but the translation says {Target!.Text} ({Target.Unit}): should be {Expected}",
        _ => Expected == Source.Text
            ? $"{Source.Text} in the source is missing from the translation"
            : $"{Source.Text} ({Expected}) in the source is missing from the translation",
    };
}
