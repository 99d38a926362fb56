using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks;

/// <summary>
/// A check has one job: read a document and return findings. Checks are stateless after
/// construction (so one pipeline can serve many threads) and never change the document.
/// </summary>
public interface ICheck
{
    /// <summary>The rules this check can report.</summary>
    IReadOnlyList<RuleDescriptor> Rules { get; }

    IEnumerable<Finding> Analyze(Document document, CheckContext context);
}
