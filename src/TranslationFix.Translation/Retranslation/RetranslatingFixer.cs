using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Text;

namespace TranslationFix.Translation.Retranslation;

/// <summary>
/// <c>tfix fix TARGET --source SRC --retranslate</c>: fix as usual, then, for each segment whose
/// checks still fail against the source (a number mismatch, a torn name, untranslated text), put
/// the translator's glossary-protected version of its source segment in its place, and fix again.
/// The offers are recorded as applied fixes whose finding has <see cref="SegmentRetranslator.Origin"/>.
/// </summary>
public sealed class RetranslatingFixer(TranslationFixEngine engine, ITranslator translator)
{
    public async Task<Result> FixAsync(Document document, CancellationToken cancellationToken = default)
    {
        var first = engine.Fix(document);
        if (document.Source is not { } source) return first;

        var pairs = SegmentAligner.Align(source.Text, first.Corrected.Text, source.Alignment).Pairs;
        var offers = await new SegmentRetranslator(translator, source.Language)
            .RetranslateAsync(first.Corrected, pairs, first.Remaining, cancellationToken).ConfigureAwait(false);
        var chosen = FixSelection.NonOverlapping(offers);
        if (chosen.Count == 0) return first;

        int offerPass = first.Passes + 1;
        var second = engine.Fix(first.Corrected.WithText(TextSplicer.Apply(first.Corrected.Text, chosen)));
        return first with
        {
            Corrected = second.Corrected,
            AppliedFixes = [.. first.AppliedFixes, .. chosen.Select(f => new AppliedFix(f, offerPass)),
                            .. second.AppliedFixes.Select(a => a with { Pass = a.Pass + offerPass })],
            Remaining = second.Remaining,
            Passes = offerPass + second.Passes,
        };
    }
}
