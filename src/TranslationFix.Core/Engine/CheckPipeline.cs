using TranslationFix.Core.Checks;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Suppressions;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Engine;

/// <summary>
/// An immutable, ordered set of checks. Safe to share across threads: checks are stateless and
/// the pipeline never changes after <see cref="CheckPipelineBuilder.Build"/>.
/// </summary>
public sealed class CheckPipeline
{
    private readonly ICheck[] _checks;
    private readonly HashSet<string> _disabled;
    private readonly CheckContext _context;

    internal CheckPipeline(IEnumerable<ICheck> checks, IEnumerable<string> disabledRules, CheckContext context)
    {
        _disabled = new HashSet<string>(disabledRules, StringComparer.Ordinal);
        _context = context;
        // A check whose every rule is switched off is not run at all.
        _checks = [.. checks.Where(c => c.Rules.Count == 0 || c.Rules.Any(r => !IsDisabled(r.Id)))];
        Rules = [.. _checks.SelectMany(c => c.Rules).DistinctBy(r => r.Id).Where(r => !IsDisabled(r.Id))];
    }

    public IReadOnlyList<ICheck> Checks => _checks;

    /// <summary>The catalogue of every rule this pipeline can report.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Runs every check and returns the findings sorted by position, less those an inline comment suppresses.</summary>
    public IReadOnlyList<Finding> Analyze(Document document) => SuppressionMap.For(document).Filter(AnalyzeAll(document));

    /// <summary>Like <see cref="Analyze"/>, suppressed findings included (for counting them).</summary>
    public IReadOnlyList<Finding> AnalyzeAll(Document document)
    {
        var findings = new List<Finding>();
        foreach (var check in _checks)
        {
            foreach (var finding in check.Analyze(document, _context))
            {
                if (!IsDisabled(finding.RuleId)) findings.Add(finding);
            }
        }
        findings.Sort(static (a, b) =>
        {
            int c = a.Span.Start.CompareTo(b.Span.Start);
            if (c != 0) return c;
            c = a.Span.Length.CompareTo(b.Span.Length);
            return c != 0 ? c : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
        return findings;
    }

    // A disabled id switches off the rule and, as a prefix ("punct"), its whole family.
    private bool IsDisabled(string ruleId)
    {
        if (_disabled.Count == 0) return false;
        if (_disabled.Contains(ruleId)) return true;
        for (int dot = ruleId.IndexOf('.'); dot > 0; dot = ruleId.IndexOf('.', dot + 1))
        {
            if (_disabled.Contains(ruleId[..dot])) return true;
        }
        return false;
    }
}
