namespace TranslationFix.Core.Glossary.Derivation;

/// <summary>
/// How MT usually renders the generic words of Chinese organisation and media names, best first.
/// CC-CEDICT's glosses for these are definitions ("to own a controlling number of shares"), not
/// the word an MT system writes ("Holdings"), so they are listed here; every other word is
/// rendered from the dictionary. Numerals are written both as digits and as words.
/// </summary>
internal static class UsualRenderings
{
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["智能"] = ["Intelligent", "Smart", "Intelligence"],
        ["科技"] = ["Technology", "Tech", "Science and Technology"],
        ["技术"] = ["Technology", "Technologies"],
        ["集团"] = ["Group"],
        ["控股"] = ["Holdings", "Holding"],
        ["资本"] = ["Capital"],
        ["创投"] = ["Venture Capital", "Ventures"],
        ["投资"] = ["Investment", "Investments"],
        ["汽车"] = ["Auto", "Automobile", "Motors", "Car"],
        ["银行"] = ["Bank"],
        ["证券"] = ["Securities"],
        ["保险"] = ["Insurance"],
        ["网"] = ["Network", "Net", "Web"],
        ["网络"] = ["Network", "Networks"],
        ["日报"] = ["Daily"],
        ["晚报"] = ["Evening News"],
        ["新闻"] = ["News"],
        ["研究院"] = ["Research Institute", "Academy"],
        ["研究所"] = ["Research Institute", "Institute"],
        ["实验室"] = ["Laboratory", "Lab"],
        ["公司"] = ["Company"],
        ["电子"] = ["Electronics"],
        ["电器"] = ["Electric", "Appliances"],
        ["能源"] = ["Energy"],
        ["医疗"] = ["Medical"],
        ["生物"] = ["Biology", "Bio"],
        ["传媒"] = ["Media"],
        // Not a suffix, but in many company names and rendered by MT as any of its senses.
        ["时代"] = ["Times", "Era", "Age"],
    };

    private static readonly Dictionary<char, (string Digit, string Word)> Numerals = new()
    {
        ['零'] = ("0", "Zero"), ['一'] = ("1", "One"), ['二'] = ("2", "Two"), ['两'] = ("2", "Two"),
        ['三'] = ("3", "Three"), ['四'] = ("4", "Four"), ['五'] = ("5", "Five"), ['六'] = ("6", "Six"),
        ['七'] = ("7", "Seven"), ['八'] = ("8", "Eight"), ['九'] = ("9", "Nine"), ['十'] = ("10", "Ten"),
        ['百'] = ("100", "Hundred"), ['千'] = ("1000", "Thousand"), ['万'] = ("10000", "Ten Thousand"),
    };

    /// <summary>Renderings MT uses for a generic name word, best first; empty when it is not one.</summary>
    public static IReadOnlyList<string> For(string word) => Words.TryGetValue(word, out var r) ? r : [];

    /// <summary>A one-character numeral as digits and as a word (三 → "3", "Three"), or null.</summary>
    public static (string Digit, string Word)? Numeral(string word) =>
        word.Length == 1 && Numerals.TryGetValue(word[0], out var n) ? n : null;
}
