using TranslationFix.Core.Checks;
using TranslationFix.Core.Rules;

namespace TranslationFix.Core.Engine;

/// <summary>
/// Collects checks, then builds an immutable <see cref="CheckPipeline"/>. Adding the same kind of
/// check twice is harmless: the second is ignored. Extension methods (<c>UseGlossaries</c>,
/// <c>UseArtifactChecks</c>, ...) live next to the checks they add.
/// </summary>
public sealed class CheckPipelineBuilder
{
    private readonly List<ICheck> _checks = [];
    private readonly HashSet<string> _disabled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Severity> _severities = new(StringComparer.Ordinal);

    public IReadOnlyList<ICheck> Checks => _checks;

    public bool Contains<T>() where T : ICheck => _checks.Any(c => c is T);

    public CheckPipelineBuilder Add(ICheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _checks.Add(check);
        return this;
    }

    /// <summary>Adds a check unless one of the same type is already there.</summary>
    public CheckPipelineBuilder AddOnce<T>(Func<T> create) where T : ICheck
    {
        if (!Contains<T>()) _checks.Add(create());
        return this;
    }

    /// <summary>Switches off a rule id or a whole family ("punct").</summary>
    public CheckPipelineBuilder Disable(string ruleIdOrPrefix)
    {
        _disabled.Add(ruleIdOrPrefix);
        return this;
    }

    public CheckPipelineBuilder SetSeverity(string ruleId, Severity severity)
    {
        _severities[ruleId] = severity;
        return this;
    }

    public CheckPipeline Build() => new(_checks, _disabled, new CheckContext(new Dictionary<string, Severity>(_severities)));
}
