using AnyAscii;

namespace TranslationFix.Core.Glossary;

/// <summary>
/// Recognises Chinese personal names written in pinyin, surname first ("Wang Huiwen", "Li Bojie",
/// "Ouyang Xiu"): a common surname, then a given name of one or two pinyin syllables. The
/// syllables are those AnyAscii gives the CJK ideographs, so the table needs no upkeep.
/// </summary>
public static class PinyinNames
{
    private static readonly Lazy<HashSet<string>> Syllables = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 0x4E00; c <= 0x9FFF; c++)
        {
            string latin = ((char)c).ToString().Transliterate().ToLowerInvariant();
            if (latin.Length is > 0 and <= 6 && latin.All(char.IsAsciiLetterLower)) set.Add(latin);
        }
        return set;
    });

    // The most common Chinese surnames (about 85% of people), plus the common two-syllable ones.
    private static readonly HashSet<string> Surnames = new(StringComparer.Ordinal)
    {
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
        "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
        "cao", "peng", "zeng", "xiao", "tian", "dong", "yuan", "pan", "cai", "jiang", "yu", "du", "ye", "cheng",
        "wei", "su", "lu", "ding", "ren", "shen", "yao", "jin", "fu", "zhong", "cui", "tan", "liao", "fan",
        "wen", "qiu", "qin", "jia", "xue", "lei", "bai", "long", "duan", "hao", "kong", "shao", "shi", "mao",
        "chang", "wan", "gu", "lai", "wu", "qian", "yan", "mo", "kang", "yin", "niu", "hou", "zou", "xiong",
        "meng", "qi", "bao", "ji", "yi", "gong", "fang", "ni", "dai", "tao", "jiao", "ou", "lei", "zhuang",
        "ouyang", "situ", "sima", "shangguan", "zhuge", "dongfang", "huangfu", "murong", "linghu",
    };

    /// <summary>True for "Wang Huiwen", "Li Bojie", "Zhang Yong": surname, then one or two syllables.</summary>
    public static bool IsName(string surname, string given)
    {
        if (surname.Length < 2 || given.Length < 2 || !char.IsUpper(surname[0]) || !char.IsUpper(given[0])) return false;
        if (!surname.Skip(1).All(char.IsAsciiLetterLower)) return false;
        string g = given.Replace("-", "").ToLowerInvariant();
        if (!g.All(char.IsAsciiLetterLower)) return false;
        return Surnames.Contains(surname.ToLowerInvariant()) && SplitsIntoSyllables(g, maxSyllables: 2);
    }

    private static bool SplitsIntoSyllables(string s, int maxSyllables)
    {
        if (s.Length == 0) return true;
        if (maxSyllables == 0) return false;
        for (int n = Math.Min(6, s.Length); n >= 1; n--)
        {
            if (Syllables.Value.Contains(s[..n]) && SplitsIntoSyllables(s[n..], maxSyllables - 1)) return true;
        }
        return false;
    }
}
