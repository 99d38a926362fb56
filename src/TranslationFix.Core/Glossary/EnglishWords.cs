namespace TranslationFix.Core.Glossary;

/// <summary>
/// Everyday English, from a word-frequency list (SUBTLEX-US) and a list of common first names
/// (Moby), both embedded (see Glossary/Data/NOTICE.md). A word is <em>English</em> when the list
/// has it at all, and <em>common</em> when it is seen often enough that two of them side by side
/// are likely a phrase ("white wine", "Big Dipper"). First names count as common ("Ali", "Cathy").
/// </summary>
public static class EnglishWords
{
    private static readonly Lazy<(HashSet<string> Common, HashSet<string> Rare)> Lists = new(Load);

    /// <summary>True when <paramref name="word"/> (any case) is an English word or a first name.</summary>
    public static bool IsWord(string word)
    {
        string w = word.ToLowerInvariant();
        return Lists.Value.Common.Contains(w) || Lists.Value.Rare.Contains(w);
    }

    /// <summary>True when <paramref name="word"/> (any case) is a frequent English word or a first name.</summary>
    public static bool IsCommon(string word) => Lists.Value.Common.Contains(word.ToLowerInvariant());

    private static (HashSet<string>, HashSet<string>) Load()
    {
        var common = new HashSet<string>(StringComparer.Ordinal);
        var rare = new HashSet<string>(StringComparer.Ordinal);
        var target = common;
        foreach (var line in Read("english-words.txt"))
        {
            if (line == "---") target = rare;
            else target.Add(line);
        }
        foreach (var name in Read("first-names.txt")) common.Add(name);
        return (common, rare);
    }

    private static IEnumerable<string> Read(string name)
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("wordlists/" + name)
            ?? throw new InvalidOperationException($"word list '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#') yield return line.Trim();
        }
    }
}
