namespace TranslationFix.Core.Evaluation;

/// <summary>
/// One annotated MT error: <see cref="Wrong"/> is an exact substring of the text (its first
/// occurrence is meant), <see cref="Right"/> what it should become ("" = delete).
/// </summary>
public sealed record Annotation(string Wrong, string Right, string Kind, string Confidence, int Line);

/// <summary>The kinds and confidences an annotation may have, in report order.</summary>
public static class AnnotationKinds
{
    public static IReadOnlyList<string> All { get; } = ["name", "term", "number", "boilerplate", "punctuation"];
    public static IReadOnlyList<string> Confidences { get; } = ["high", "medium"];
}
