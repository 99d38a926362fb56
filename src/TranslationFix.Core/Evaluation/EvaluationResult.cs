namespace TranslationFix.Core.Evaluation;

/// <summary>The scores of an evaluation run: MT texts (recall) and native controls (false edits), each in file order.</summary>
public sealed record EvaluationResult(IReadOnlyList<MtFileScore> Mt, IReadOnlyList<CleanFileScore> Clean)
{
    public IEnumerable<AnnotationOutcome> Outcomes => Mt.SelectMany(f => f.Outcomes);
    public IEnumerable<AnnotationOutcome> Misses => Outcomes.Where(o => !o.Fixed);
    public IReadOnlyList<KindRecall> RecallByKind => MtScorer.ByKind(Outcomes);

    public IEnumerable<FalseEdit> FalseEdits => Clean.SelectMany(f => f.FalseEdits);
    public int FalseEditsOf(FalseEditClass kind) => FalseEdits.Count(e => e.Class == kind);
    public int UnchangedControls => Clean.Count(f => f.Unchanged);
    public int MustNotChangeTraps => Clean.Sum(f => f.MustNotChangeTraps);
    public int BrokenTraps => Clean.Sum(f => f.BrokenTraps.Count);
    public IEnumerable<TrapFlag> Flags => Clean.SelectMany(f => f.Flags);

    /// <summary>Flags on must_not_change traps counted by rule id, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> FlagsByRule =>
        [.. Flags.GroupBy(f => f.Finding.RuleId).Select(g => KeyValuePair.Create(g.Key, g.Count()))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];
}
