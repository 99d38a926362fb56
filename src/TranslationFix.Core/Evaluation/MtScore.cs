namespace TranslationFix.Core.Evaluation;

/// <summary>Whether the cleaned text fixed one annotation, and the output around its place.</summary>
public sealed record AnnotationOutcome(string File, Annotation Annotation, bool Fixed, string OutputContext);

/// <summary>How one MT text scored: an outcome per annotation, and whether fixing the output again changed nothing.</summary>
public sealed record MtFileScore(string Name, IReadOnlyList<AnnotationOutcome> Outcomes, bool Idempotent);

/// <summary>Recall of one kind: fixed of total, and the same for high and medium confidence.</summary>
public sealed record KindRecall(string Kind, int Fixed, int Total, int HighFixed, int HighTotal, int MediumFixed, int MediumTotal);
