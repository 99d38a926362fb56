using System.Security.Cryptography;
using System.Text;
using TranslationFix.Core.Findings;

namespace TranslationFix.Core.Baselines;

/// <summary>
/// Fingerprints that identify a finding across edits elsewhere in its file: the rule, the matched
/// text and the content of the line it sits on (whitespace collapsed), plus how many identical
/// findings came before it. Line and column numbers are left out on purpose, so adding a paragraph
/// above a finding keeps its fingerprint; editing the finding's own line changes it.
/// </summary>
public static class FindingFingerprints
{
    /// <summary>The name under which SARIF's <c>partialFingerprints</c> carries these.</summary>
    public const string SarifKey = "tfixFinding/v1";

    /// <summary>One fingerprint per finding, in the same order. <paramref name="text"/> is the checked text.</summary>
    public static IReadOnlyList<string> Compute(string text, IReadOnlyList<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new string[findings.Count];
        foreach (int i in Enumerable.Range(0, findings.Count).OrderBy(i => findings[i].Span.Start))
        {
            var f = findings[i];
            string key = $"{f.RuleId}\u001f{Normalize(f.Text)}\u001f{Normalize(LineAround(text, f.Span.Start))}";
            int occurrence = seen.TryGetValue(key, out int n) ? n + 1 : 0;
            seen[key] = occurrence;
            result[i] = Hash($"{key}\u001f{occurrence}");
        }
        return result;
    }

    private static string LineAround(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        int start = offset == 0 ? 0 : text.LastIndexOfAny(['\n', '\r'], offset - 1) + 1;
        int end = text.IndexOfAny(['\n', '\r'], offset);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Hash(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)), 0, 8);
}
