namespace TranslationFix.Core.Glossary;

/// <summary>How much a variant by itself says that a text means the entry.</summary>
public enum VariantClass
{
    /// <summary>Not something native English writes ("Naixue's tea", "Kaifu Li", "Byte Jump"): it names the entry.</summary>
    Distinctive,

    /// <summary>Everyday English or a common name ("Byte", "Ali", "white wine", "Big Dipper"): it needs evidence.</summary>
    Ordinary,
}
