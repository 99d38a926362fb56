namespace TranslationFix.Core.Evaluation;

/// <summary>An MT text and the errors annotated in it.</summary>
public sealed record MtSample(string Name, string Text, IReadOnlyList<Annotation> Annotations);

/// <summary>A native-English control text (its correct output is itself) and its traps.</summary>
public sealed record CleanSample(string Name, string Text, IReadOnlyList<Trap> Traps);
