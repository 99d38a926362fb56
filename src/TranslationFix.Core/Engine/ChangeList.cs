using TranslationFix.Core.Findings;

namespace TranslationFix.Core.Engine;

/// <summary>
/// The changes an editor decides on one by one: the fixes the fixer's first pass would apply to
/// the original text (non-overlapping, so any subset of them can be applied), each with its rule
/// and reason; the flags (findings with no fix); and the fixes that must wait for a later pass
/// because they overlap a chosen one. Fixes that only appear once other fixes are applied are not
/// in the list: they describe a text the editor has not seen yet, so a second review offers them.
/// </summary>
public sealed class ChangeList
{
    private ChangeList(string text, IReadOnlyList<Finding> changes, IReadOnlyList<Finding> flags, IReadOnlyList<Finding> deferred)
    {
        Text = text;
        Changes = changes;
        Flags = flags;
        Deferred = deferred;
    }

    /// <summary>The text the spans refer to.</summary>
    public string Text { get; }

    /// <summary>The proposed changes in text order; a change's id is its index here.</summary>
    public IReadOnlyList<Finding> Changes { get; }

    /// <summary>Findings with no fix, in text order.</summary>
    public IReadOnlyList<Finding> Flags { get; }

    /// <summary>Fixes left out because they overlap a chosen change (the fixer would retry them after it).</summary>
    public IReadOnlyList<Finding> Deferred { get; }

    /// <summary>The change list of <paramref name="text"/> given the findings on it (e.g. <see cref="Result.Findings"/>).</summary>
    public static ChangeList From(string text, IReadOnlyList<Finding> findings)
    {
        var changes = FixSelection.NonOverlapping(findings);
        var chosen = changes.ToHashSet();
        var deferred = findings.Where(f => f.HasFix && !chosen.Contains(f) && !string.Equals(f.Replacement, f.Text, StringComparison.Ordinal))
            .OrderBy(f => f.Span.Start).ToList();
        var flags = findings.Where(f => !f.HasFix).OrderBy(f => f.Span.Start).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        return new ChangeList(text, changes, flags, deferred);
    }

    /// <summary>The text with the accepted changes applied and every other byte as it was.</summary>
    public string Apply(IEnumerable<int> acceptedIds)
    {
        var accepted = acceptedIds.Distinct().Order().Select(id => id >= 0 && id < Changes.Count
            ? Changes[id]
            : throw new ArgumentOutOfRangeException(nameof(acceptedIds), $"no change {id}")).ToList();
        return TextSplicer.Apply(Text, accepted);
    }
}
