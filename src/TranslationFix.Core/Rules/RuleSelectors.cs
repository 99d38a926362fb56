namespace TranslationFix.Core.Rules;

/// <summary>
/// Checks that a rule selector (an id such as "name.glossary" or a family such as "punct")
/// names at least one known rule, and suggests the nearest one when it does not, so a typo in
/// <c>--disable</c> or tfix.yaml is an error instead of a setting that silently does nothing.
/// </summary>
public static class RuleSelectors
{
    public static bool IsKnown(string selector, IEnumerable<string> knownRuleIds) =>
        knownRuleIds.Any(id => RuleIdPattern.Covers(selector, id));

    /// <summary>"unknown rule or family 'name.glosary' (did you mean 'name.glossary'?)".</summary>
    public static string UnknownMessage(string selector, IEnumerable<string> knownRuleIds)
    {
        var candidates = knownRuleIds.SelectMany(id => new[] { id, id.Split('.')[0] }).Distinct(StringComparer.Ordinal);
        var nearest = candidates
            .Select(c => (Name: c, Distance: EditDistance(selector, c)))
            .Where(c => c.Distance <= Math.Max(2, selector.Length / 4))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return nearest.Name is null
            ? $"unknown rule or family '{selector}' (see docs/rules.md for the list)"
            : $"unknown rule or family '{selector}' (did you mean '{nearest.Name}'?)";
    }

    // Levenshtein distance; selectors are short, so the two-row table is cheap.
    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
