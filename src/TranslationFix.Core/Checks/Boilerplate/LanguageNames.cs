namespace TranslationFix.Core.Checks.Boilerplate;

/// <summary>
/// Language names as sites write them in their language menus, each in its own script
/// ("简体中文", "Español", "Русский"). A run of these at the top or bottom of a page is a menu.
/// </summary>
internal static class LanguageNames
{
    private static readonly HashSet<string> Names = new(
    [
        "English", "简体中文", "繁體中文", "繁体中文", "中文", "Tiếng Việt", "Español", "Русский", "Français", "Português",
        "Bahasa Indonesia", "Bahasa Melayu", "日本語", "한국어", "العربية", "Українська", "Deutsch", "Italiano", "Türkçe",
        "Polski", "Nederlands", "ไทย", "हिन्दी", "Filipino", "Tagalog", "Svenska", "Română", "Čeština", "Magyar", "Ελληνικά",
        "עברית", "فارسی", "Norsk", "Dansk", "Suomi", "Қазақша", "O‘zbek", "Oʻzbekcha", "Azərbaycan", "Беларуская",
        "Български", "Hrvatski", "Srpski", "Српски", "Slovenčina", "Slovenščina", "Lietuvių", "Latviešu", "Eesti",
        "বাংলা", "اردو", "தமிழ்", "తెలుగు", "मराठी", "ქართული", "Հայերեն", "Монгол", "Kiswahili", "Afrikaans", "Català",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a language name, with an optional region ("Français (Afrique)").</summary>
    public static bool IsLanguageName(string line)
    {
        int paren = line.IndexOf(" (", StringComparison.Ordinal);
        string name = paren > 0 && line.EndsWith(')') ? line[..paren] : line;
        return Names.Contains(name.Trim());
    }
}
