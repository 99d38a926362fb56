namespace TranslationFix.Core.Glossary.Derivation;

/// <summary>
/// A rendering derived from an entry's source form, with how it was made ("pinyin 宁德 + gloss 时代")
/// and whether it is made of ordinary English words only ("Spell Many Many"): such a rendering is
/// no evidence of the entity by itself.
/// </summary>
public sealed record DerivedVariant(string Text, string How, bool IsOrdinaryEnglish);
