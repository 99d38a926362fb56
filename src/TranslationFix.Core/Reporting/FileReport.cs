using TranslationFix.Core.Findings;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Reporting;

/// <summary>The findings for one checked file, as reporters see them.</summary>
public sealed record FileReport(string Path, IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// Fingerprints of the findings (and suppressed findings), computed on the file's full list of
    /// findings before any baseline filtered it, so they do not depend on what was filtered out.
    /// </summary>
    public IReadOnlyDictionary<Finding, string> Fingerprints { get; init; } = new Dictionary<Finding, string>();

    /// <summary>Findings an inline comment switched off, listed only when asked for (<c>--show-suppressed</c>).</summary>
    public IReadOnlyList<Finding> Suppressed { get; init; } = [];

    /// <summary>The document checked, for reporters that show the text itself (HTML); null when not given.</summary>
    public Document? Document { get; init; }
}
