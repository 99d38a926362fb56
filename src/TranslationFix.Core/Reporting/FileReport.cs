using TranslationFix.Core.Findings;

namespace TranslationFix.Core.Reporting;

/// <summary>The findings for one checked file, as reporters see them.</summary>
public sealed record FileReport(string Path, IReadOnlyList<Finding> Findings)
{
    /// <summary>The checked text, when known: SARIF fingerprints are computed from it.</summary>
    public string? Text { get; init; }

    /// <summary>Findings an inline comment switched off, listed only when asked for (<c>--show-suppressed</c>).</summary>
    public IReadOnlyList<Finding> Suppressed { get; init; } = [];
}
