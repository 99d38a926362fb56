namespace TranslationFix.Core.Text;

/// <summary>
/// Which language tags tfix accepts for <c>--lang</c>, <c>--from</c> and tfix.yaml
/// <c>language</c>: a BCP 47 tag whose primary subtag is an ISO 639-1 code ("en", "zh-Hans",
/// "pt-BR") or one of the few three-letter codes news text uses. The globalization data is off
/// (invariant mode), so the list is kept here rather than asked of CultureInfo.
/// </summary>
public static class LanguageTags
{
    // ISO 639-1, all 183 codes (Library of Congress registry), then three-letter extras.
    private static readonly HashSet<string> Primary = new(
        ("aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es " +
         "et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki " +
         "kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no " +
         "nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te " +
         "tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu " +
         "yue cmn fil").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string? tag)
    {
        if (string.IsNullOrEmpty(tag)) return false;
        var parts = tag.Split('-');
        if (!Primary.Contains(parts[0])) return false;
        // Later subtags (script, region, variant) are letters or digits, 1-8 long.
        return parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    public static string Describe(string tag) => $"'{tag}' is not a language code tfix knows (an ISO 639-1 code such as en, zh, ja, ko, de, optionally with a region: pt-BR)";
}
