using TranslationFix.Core.Text;

namespace TranslationFix.Core.Numbers;

/// <summary>
/// A quantity found in a text, normalised: its kind, its value (30 000 000 for 3000万 and for
/// "30 million"), its unit (an ISO 4217 code for currencies where known, else the recogniser's
/// unit name: "Kilometer", "Dollar"), where it is, and the part of it that is the number.
/// </summary>
public sealed record Quantity(QuantityKind Kind, double Value, string? Unit, TextSpan Span, string Text)
{
    /// <summary>The number inside the expression ("3 million" in "US$3 million"); the whole span when unknown.</summary>
    public TextSpan NumberSpan { get; init; } = Span;

    public Quantity Shift(int offset) => this with
    {
        Span = new TextSpan(Span.Start + offset, Span.Length),
        NumberSpan = new TextSpan(NumberSpan.Start + offset, NumberSpan.Length),
    };

    public override string ToString() => $"{Kind} {Value} {Unit} '{Text}' {Span}";
}
