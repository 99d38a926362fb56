namespace TranslationFix.Core.Rules;

/// <summary>
/// How a rule selector names rules: an exact id ("name.glossary") or a family prefix ("punct",
/// "name") that covers every id below it. Shared by suppressions, configuration and baselines.
/// </summary>
public static class RuleIdPattern
{
    public static bool Covers(string selector, string ruleId) =>
        string.Equals(selector, ruleId, StringComparison.Ordinal)
        || (ruleId.Length > selector.Length && ruleId[selector.Length] == '.'
            && ruleId.StartsWith(selector, StringComparison.Ordinal));
}
