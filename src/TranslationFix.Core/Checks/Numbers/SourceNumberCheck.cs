using System.Collections.Concurrent;
using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Checks.Source;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Numbers;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Checks.Numbers;

/// <summary>
/// With the source text at hand (<see cref="Document.Source"/>), pairs source and translation
/// segment by segment and compares their quantities. A magnitude slip on an amount in a named
/// currency is fixed; everything else is flagged. Does nothing for a document without a source.
/// </summary>
public sealed class SourceNumberCheck : ICheck
{
    public static readonly RuleDescriptor SourceMismatch = new("number.source-mismatch", "Number differs from the source", Severity.Error,
        "A quantity in the source (number, percentage, currency amount, dimension) is missing or different in the translation: " +
        "a magnitude slip (the 万/亿 trap), a changed value, currency, unit or date, or a dropped figure.",
        priority: 60);

    public static readonly RuleDescriptor SourceAlignment = new("number.source-alignment", "Source and translation do not line up", Severity.Warning,
        "The source and the translation have different numbers of paragraphs (or lines): only the first ones are compared.");

    // The recognisers' models are built once per language and reused (they are thread-safe).
    private readonly ConcurrentDictionary<string, QuantityExtractor> _extractors = new(StringComparer.Ordinal);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [SourceMismatch, SourceAlignment];

    public IEnumerable<Finding> Analyze(Document document, CheckContext context)
    {
        if (document.Source is not { } source) return [];
        string sourceLanguage = source.Language ?? NumberLanguage.Detect(source.Text);
        var sourceExtractor = ExtractorFor(sourceLanguage);
        var targetExtractor = ExtractorFor(document.Language);

        var findings = new List<Finding>();
        var alignment = SegmentAligner.Align(source.Text, document.Text, source.Alignment);
        if (!alignment.IsComplete)
        {
            string unit = source.Alignment == AlignmentMode.Lines ? "lines" : "paragraphs";
            findings.Add(context.Report(SourceAlignment, document, new TextSpan(0, 0),
                $"the source has {alignment.SourceParts} {unit} and the translation {alignment.TargetParts}: only the first {alignment.Pairs.Count} are compared"));
        }
        int? datelineMonth = null;
        foreach (var pair in alignment.Pairs)
        {
            string target = document.Text.Substring(pair.Target.Start, pair.Target.Length);
            // Dates are compared as dates; their day and year are not also compared as numbers.
            var sourceDates = DateExtractor.Extract(pair.Source, sourceLanguage);
            var targetDates = DateExtractor.Extract(target, document.Language);
            var mismatches = QuantityComparer.Compare(OutsideDates(sourceExtractor.Extract(pair.Source), sourceDates),
                OutsideDates(targetExtractor.Extract(target, asTranslation: true), targetDates));
            foreach (var m in mismatches) findings.Add(Report(document, context, pair, m));
            foreach (var d in DateComparer.Compare(sourceDates, targetDates))
            {
                var span = d.Target.Span with { Start = d.Target.Span.Start + pair.Target.Start };
                findings.Add(context.Report(SourceMismatch, document, span, $"{d.Describe()} ({Where(document, pair)})"));
            }
            foreach (var d in DateComparer.Dropped(sourceDates, targetDates, target))
                findings.Add(context.Report(SourceMismatch, document, FirstSentence(document.Text, pair.Target),
                    $"{d.Text} ({d.ToEnglish()}) in the source is missing from the translation ({Where(document, pair)})"));
            if (sourceLanguage.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && document.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var missing in RelativeDates.Compare(pair.Source, target))
                    findings.Add(context.Report(SourceMismatch, document, FirstSentence(document.Text, pair.Target), $"{missing.Describe()} ({Where(document, pair)})"));
                // A day without a month is in the month of the article's dateline (the nearest one before).
                datelineMonth = RelativeDates.DatelineMonth(pair.Source) ?? datelineMonth;
                if (datelineMonth is { } month)
                {
                    foreach (var (day, text) in RelativeDates.BareDays(pair.Source))
                    {
                        var wrong = targetDates.FirstOrDefault(t => t.Day == day && t.Month != month && !sourceDates.Any(s => s.Fits(t)));
                        if (wrong is null) continue;
                        findings.Add(context.Report(SourceMismatch, document, wrong.Span with { Start = wrong.Span.Start + pair.Target.Start },
                            $"{text} is the {day} of the dateline's month: {RelativeDates.MonthName(month)} {day}, but the translation says {wrong.Text} (changed date) ({Where(document, pair)})"));
                    }
                }
                foreach (var count in InclusiveCounts.Compare(pair.Source, target))
                    findings.Add(context.Report(SourceMismatch, document, count.TargetSpan with { Start = count.TargetSpan.Start + pair.Target.Start },
                        $"{count.Describe()} ({Where(document, pair)})"));
            }
        }
        return findings;
    }

    private Finding Report(Document document, CheckContext context, SegmentPair pair, QuantityMismatch m)
    {
        string where = Where(document, pair);
        if (m.Target is null)
            return context.Report(SourceMismatch, document, FirstSentence(document.Text, pair.Target), $"{m.Describe()} ({where})");

        var span = m.Target.Span with { Start = m.Target.Span.Start + pair.Target.Start };
        string? fix = null;
        if (QuantityComparer.IsCertainFix(m))
        {
            var number = m.Target.NumberSpan;
            string text = m.Target.Text;
            int at = number.Start - m.Target.Span.Start;
            fix = text[..at] + EnglishNumbers.Format(m.Source.Value) + text[(at + number.Length)..];
        }
        if (document.IsProtected(span)) fix = null;
        return context.Report(SourceMismatch, document, span, $"{m.Describe()} ({where})", fix);
    }

    private static IReadOnlyList<Quantity> OutsideDates(IReadOnlyList<Quantity> quantities, IReadOnlyList<DateMention> dates) =>
        dates.Count == 0 ? quantities : [.. quantities.Where(q => !dates.Any(d => d.Span.Overlaps(q.Span)))];

    private static string Where(Document document, SegmentPair pair) => SourceSegments.Where(document, pair);

    private static TextSpan FirstSentence(string text, TextSpan segment) => SourceSegments.FirstSentence(text, segment);

    private QuantityExtractor ExtractorFor(string language) =>
        _extractors.GetOrAdd(NumberLanguage.CultureFor(language), _ => new QuantityExtractor(language));
}
