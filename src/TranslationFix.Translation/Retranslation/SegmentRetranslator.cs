using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Checks;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Text;

namespace TranslationFix.Translation.Retranslation;

/// <summary>
/// Offers a fresh translation for the segments whose checks failed: for each target segment with
/// a triggering finding (a number that disagrees with the source, a split name, untranslated
/// source-script text), it asks the translator for its source segment and returns a finding
/// over the whole segment whose replacement is that translation, marked <see cref="Origin"/>.
/// Pass a <see cref="Protection.GlossaryProtectedTranslator"/> so names come out canonical.
/// Independent of how segments were aligned and of the CLI: segments and findings come in,
/// findings go out; nothing is applied here.
/// </summary>
public sealed class SegmentRetranslator(ITranslator translator, string? sourceLanguage)
{
    public const string Origin = "translator";

    /// <summary>Rule ids (or families, like "number") whose findings call for a retranslation.</summary>
    public static readonly IReadOnlyList<string> DefaultTriggers = ["number.source-mismatch", "name.split", UntranslatedTextDetector.Rule.Id];

    public IReadOnlyList<string> Triggers { get; init; } = DefaultTriggers;

    /// <summary>Also look for source-script text in the target, with or without a finding for it.</summary>
    public bool DetectUntranslatedText { get; init; } = true;

    public async Task<IReadOnlyList<Finding>> RetranslateAsync(Document target, IReadOnlyList<SegmentPair> segments,
        IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
    {
        var failing = new List<(SegmentPair Segment, TextSpan Span, Finding Reason)>();
        foreach (var segment in segments)
        {
            var span = Trim(target.Text, segment.Target);
            if (span.Length == 0 || string.IsNullOrWhiteSpace(segment.Source)) continue;
            var reason = findings
                .Where(f => IsTrigger(f.RuleId) && Inside(f.Span, span))
                .OrderByDescending(f => f.Severity).ThenBy(f => f.Span.Start)
                .FirstOrDefault();
            if (reason is null && DetectUntranslatedText && UntranslatedTextDetector.FirstRun(target.Text, span, target.Language) is { } run)
            {
                reason = CheckContext.Default.Report(UntranslatedTextDetector.Rule, target, run,
                    $"'{target.Text.Substring(run.Start, run.Length)}' was left untranslated");
            }
            if (reason is not null) failing.Add((segment, span, reason));
        }
        if (failing.Count == 0) return [];

        var request = new TranslationRequest(sourceLanguage, target.Language);
        var translations = await translator.TranslateAsync([.. failing.Select(f => f.Segment.Source.Trim())], request, cancellationToken)
            .ConfigureAwait(false);

        var offers = new List<Finding>();
        for (int i = 0; i < failing.Count; i++)
        {
            var (_, span, reason) = failing[i];
            string candidate = translations[i].Trim();
            if (candidate.Length == 0 || candidate == target.Text.Substring(span.Start, span.Length)) continue;
            var offer = CheckContext.Default.Report(reason.Rule, target, span,
                $"{reason.Message} The translator's version of the source segment is offered instead.", candidate);
            offers.Add(offer with { Severity = reason.Severity, Origin = Origin });
        }
        return offers;
    }

    private bool IsTrigger(string ruleId) =>
        Triggers.Any(t => ruleId == t || (ruleId.StartsWith(t, StringComparison.Ordinal) && ruleId.Length > t.Length && ruleId[t.Length] == '.'));

    private static bool Inside(TextSpan finding, TextSpan segment) =>
        finding.Overlaps(segment) || (finding.Length == 0 && segment.Contains(finding.Start));

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = Math.Min(span.End, text.Length);
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }
}
