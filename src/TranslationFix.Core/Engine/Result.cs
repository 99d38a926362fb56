using TranslationFix.Core.Findings;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Engine;

/// <summary>
/// What cleaning a document produced: the original and corrected documents, the findings on the
/// original text (what <c>check</c> reports), the fixes applied in each pass, and the findings that
/// remain on the corrected text (flags and fixes that could not be applied).
/// </summary>
public sealed record Result(
    Document Original,
    Document Corrected,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<AppliedFix> AppliedFixes,
    IReadOnlyList<Finding> Remaining,
    int Passes)
{
    public bool Changed => !string.Equals(Original.Text, Corrected.Text, StringComparison.Ordinal);
}

/// <summary>A fix the fixer applied, in the numbered pass (spans refer to the text of that pass).</summary>
public sealed record AppliedFix(Finding Finding, int Pass);
