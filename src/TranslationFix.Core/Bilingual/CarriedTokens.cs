using System.Text.RegularExpressions;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Bilingual;

/// <summary>
/// Latin-script tokens a translation carries over unchanged: model and product names (GPT-4o,
/// A320, iPhone15), codes (600519.SH), URLs, e-mail addresses, @handles, #hashtags and version
/// numbers (v2.1, 3.10.2). Their digits are part of a name, never a quantity. Amounts with a
/// currency code (RM50, US$5) and numbers with a unit (5km, 10kg) are not tokens.
/// </summary>
public static partial class CarriedTokens
{
    private static readonly HashSet<string> CurrencyPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "RM", "US", "USD", "HK", "HKD", "S", "SGD", "NT", "NTD", "A", "AU", "AUD", "C", "CA", "CAD", "NZ", "NZD", "RMB", "CNY",
        "EUR", "GBP", "JPY", "KRW", "Rs", "R", "Rp", "P", "Php", "CHF",
    };

    public static IReadOnlyList<TextSpan> Find(string text)
    {
        if (!HasLatinOrDigit(text)) return [];
        var spans = new List<TextSpan>();
        foreach (Match m in Token().Matches(text))
        {
            string value = m.Value.TrimEnd('.', '-', '_');
            if (value.Length < 2 || !IsCarried(value)) continue;
            spans.Add(new TextSpan(m.Index, value.Length));
        }
        return spans;
    }

    /// <summary>The tokens themselves, in order.</summary>
    public static IEnumerable<string> Values(string text) => Find(text).Select(s => text.Substring(s.Start, s.Length));

    private static bool IsCarried(string token)
    {
        char first = token[0];
        if (first is '@' or '#') return token.Length > 1 && char.IsAsciiLetterOrDigit(token[1]) && !token[1..].All(char.IsAsciiDigit);
        if (token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || token.Contains('@')) return true;
        if (VersionNumber().IsMatch(token)) return true;
        if (StockCode().IsMatch(token)) return true;
        if (!token.Any(char.IsAsciiDigit) || !token.Any(char.IsAsciiLetter)) return false;
        // A name starts with a letter (GPT-4o, LP700); RM50 and US$5 are amounts.
        if (!char.IsAsciiLetter(first)) return false;
        string letters = new([.. token.TakeWhile(char.IsAsciiLetter)]);
        return !(CurrencyPrefixes.Contains(letters) && token.Length > letters.Length && (char.IsAsciiDigit(token[letters.Length]) || token[letters.Length] == '$'));
    }

    private static bool HasLatinOrDigit(string text)
    {
        foreach (char c in text)
        {
            if (char.IsAsciiLetterOrDigit(c)) return true;
        }
        return false;
    }

    // A run of Latin letters, digits and the joiners inside names (GPT-4o, 600519.SH, a.b@c.com, https://x.y/z).
    [GeneratedRegex(@"(?:https?://|www\.)[^\s\u3000-\u303F\uFF00-\uFFEF\u4E00-\u9FFF""'<>()（）]+|[@#]?[A-Za-z0-9](?:[A-Za-z0-9._\-+@/]*[A-Za-z0-9])?", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?:[vV]\d+(?:\.\d+)+[a-z]?|\d{1,3}\.\d+\.\d+(?:\.\d+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionNumber();

    [GeneratedRegex(@"^\d{4,6}\.(?:SH|SZ|HK|SS|BJ|TW|T|KS|N|O)$", RegexOptions.CultureInvariant)]
    private static partial Regex StockCode();
}
