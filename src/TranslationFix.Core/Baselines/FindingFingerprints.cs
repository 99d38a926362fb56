using System.Security.Cryptography;
using System.Text;
using TranslationFix.Core.Findings;

namespace TranslationFix.Core.Baselines;

/// <summary>
/// Fingerprints that identify a finding across edits elsewhere in its file: the rule, the matched
/// text, up to <see cref="ContextWords"/> words on each side of it within its line (whitespace
/// collapsed), and how many identical findings came before it. Line and column numbers are left
/// out on purpose, so adding a paragraph above a finding keeps its fingerprint; and since a line
/// is often a whole paragraph in articles, only edits next to the finding change it.
/// </summary>
public static class FindingFingerprints
{
    /// <summary>The name under which SARIF's <c>partialFingerprints</c> carries these.</summary>
    public const string SarifKey = "tfixFinding/v1";

    public const int ContextWords = 3;

    private const int Window = 200;

    /// <summary>One fingerprint per finding, in the same order. <paramref name="text"/> is the checked text.</summary>
    public static IReadOnlyList<string> Compute(string text, IReadOnlyList<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new string[findings.Count];
        foreach (int i in Enumerable.Range(0, findings.Count).OrderBy(i => findings[i].Span.Start))
        {
            var f = findings[i];
            string key = $"{f.RuleId}\u001f{Normalize(f.Text)}\u001f{Context(text, f.Span.Start, f.Span.End)}";
            int occurrence = seen.TryGetValue(key, out int n) ? n + 1 : 0;
            seen[key] = occurrence;
            result[i] = Hash($"{key}\u001f{occurrence}");
        }
        return result;
    }

    /// <summary>The fingerprints of <see cref="Compute"/>, looked up by finding.</summary>
    public static Dictionary<Finding, string> ByFinding(string text, IReadOnlyList<Finding> findings)
    {
        var prints = Compute(text, findings);
        var result = new Dictionary<Finding, string>(findings.Count);
        for (int i = 0; i < findings.Count; i++) result[findings[i]] = prints[i];
        return result;
    }

    // The last few words before the finding and the first few after it, on its own line.
    private static string Context(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        // A window of 200 characters holds three words; the line breaks are searched for inside it
        // only, so a long one-line text costs the same per finding as a short one.
        int windowStart = Math.Max(0, start - Window), windowEnd = Math.Min(text.Length, end + Window);
        int lineStart = text.AsSpan(windowStart, start - windowStart).LastIndexOfAny('\n', '\r') + 1 + windowStart;
        int lineEnd = text.AsSpan(end, windowEnd - end).IndexOfAny('\n', '\r');
        lineEnd = lineEnd < 0 ? windowEnd : end + lineEnd;
        var before = Words(text[lineStart..start]).TakeLast(ContextWords);
        var after = Words(text[end..lineEnd]).Take(ContextWords);
        return $"{string.Join(' ', before)}\u001f{string.Join(' ', after)}";
    }

    private static string[] Words(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string Normalize(string s) => string.Join(' ', Words(s));

    private static string Hash(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)), 0, 8);
}
