namespace TranslationFix.Core.Numbers;

public enum QuantityKind
{
    Number,
    Percentage,
    Currency,
    Dimension,
}
