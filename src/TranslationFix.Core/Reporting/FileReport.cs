using TranslationFix.Core.Findings;

namespace TranslationFix.Core.Reporting;

/// <summary>The findings for one checked file, as reporters see them.</summary>
public sealed record FileReport(string Path, IReadOnlyList<Finding> Findings);
