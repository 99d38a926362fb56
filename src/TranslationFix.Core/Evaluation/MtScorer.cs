namespace TranslationFix.Core.Evaluation;

/// <summary>
/// Scores the cleaned output of an MT text against its annotations. An annotation counts as
/// fixed when, at the place its <c>wrong</c> text maps to in the output (through a character
/// diff), <c>wrong</c> is gone (looking one character either side) and <c>right</c> is there
/// (looking three characters either side); a deletion (<c>right</c> = "") only needs
/// <c>wrong</c> gone. This is the scoring of the eval sets' README.
/// </summary>
public static class MtScorer
{
    private const int GoneSlack = 1;
    private const int RightSlack = 3;
    private const int ContextChars = 10;

    public static IReadOnlyList<AnnotationOutcome> Score(MtSample sample, string output)
    {
        var diff = CharacterDiff.Of(sample.Text, output);
        var outcomes = new List<AnnotationOutcome>(sample.Annotations.Count);
        foreach (var annotation in sample.Annotations)
        {
            int at = sample.Text.IndexOf(annotation.Wrong, StringComparison.Ordinal);
            int start = diff.Map(at), end = diff.Map(at + annotation.Wrong.Length);
            bool gone = !Slice(output, start - GoneSlack, end + GoneSlack).Contains(annotation.Wrong, StringComparison.Ordinal);
            bool there = annotation.Right.Length == 0
                || Slice(output, start - RightSlack, end + RightSlack + annotation.Right.Length).Contains(annotation.Right, StringComparison.Ordinal);
            outcomes.Add(new AnnotationOutcome(sample.Name, annotation, gone && there, Slice(output, start - ContextChars, end + ContextChars)));
        }
        return outcomes;
    }

    /// <summary>Recall by kind over all outcomes, the known kinds in their fixed order.</summary>
    public static IReadOnlyList<KindRecall> ByKind(IEnumerable<AnnotationOutcome> outcomes)
    {
        var all = outcomes.ToList();
        return [.. AnnotationKinds.All.Select(kind =>
        {
            var ofKind = all.Where(o => o.Annotation.Kind == kind).ToList();
            var high = ofKind.Where(o => o.Annotation.Confidence == "high").ToList();
            var medium = ofKind.Where(o => o.Annotation.Confidence == "medium").ToList();
            return new KindRecall(kind, ofKind.Count(o => o.Fixed), ofKind.Count,
                high.Count(o => o.Fixed), high.Count, medium.Count(o => o.Fixed), medium.Count);
        })];
    }

    // text[from..to) clamped to the text, as a slice in Python would be.
    internal static string Slice(string text, int from, int to)
    {
        from = Math.Clamp(from, 0, text.Length);
        to = Math.Clamp(to, from, text.Length);
        return text[from..to];
    }
}
