using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Source;

/// <summary>
/// The Latin tokens of a source segment (GPT-4o, 600519.SH, URLs, e-mail addresses, @handles,
/// #hashtags, version numbers) must reappear unchanged in its translation. A look-alike there
/// ("GPT-40", "600519.sh") is named; the check flags and never rewrites: the translation may be
/// right to differ (a URL shortened, a code explained).
/// </summary>
public sealed class CarriedTokenCheck : ICheck
{
    public static readonly RuleDescriptor SourceMismatch = new("token.source-mismatch", "Source token changed or lost", Severity.Warning,
        "A name, code, URL, e-mail address, handle, hashtag or version number of the source is not in the translation unchanged.");

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [SourceMismatch];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        var findings = new List<Finding>();
        foreach (var pair in SourceSegments.Pairs(document))
        {
            string target = SourceSegments.Target(document, pair);
            var targetTokens = CarriedTokens.Find(target);
            foreach (string token in CarriedTokens.Values(pair.Source).Distinct(StringComparer.Ordinal))
            {
                if (IsTranslatable(token) || target.Contains(token, StringComparison.Ordinal)) continue;
                var lookAlike = targetTokens.FirstOrDefault(t => Normalise(target.Substring(t.Start, t.Length)) == Normalise(token));
                string where = SourceSegments.Where(document, pair);
                findings.Add(lookAlike.Length > 0
                    ? context.Report(SourceMismatch, document, new TextSpan(pair.Target.Start + lookAlike.Start, lookAlike.Length),
                        $"the source has {token}; the translation should carry it unchanged, not as {target.Substring(lookAlike.Start, lookAlike.Length)} ({where})")
                    : context.Report(SourceMismatch, document, SourceSegments.FirstSentence(document.Text, pair.Target),
                        $"{token} in the source is missing from the translation ({where})"));
            }
        }
        return findings;
    }

    // Q3 and H1 ("the third quarter", "the first half") and No.1 are words a translation may spell out.
    private static bool IsTranslatable(string token) =>
        token.Length == 2 && token[0] is 'Q' or 'q' or 'H' or 'h' && char.IsAsciiDigit(token[1])
        || token.StartsWith("No.", StringComparison.OrdinalIgnoreCase) || token.StartsWith("NO", StringComparison.Ordinal) && token.Length <= 4;

    // The slips MT makes in a token: case, o for 0, l or I for 1, a dropped hyphen or dot.
    private static string Normalise(string token) =>
        new([.. token.ToLowerInvariant().Where(c => c is not ('-' or '.' or '_' or ' ')).Select(c => c switch { 'o' => '0', 'l' or 'i' => '1', _ => c })]);
}
