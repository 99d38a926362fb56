using TranslationFix.Core.Findings;

namespace TranslationFix.Core.Evaluation;

/// <summary>What a false edit on a control text touched, most serious first.</summary>
public enum FalseEditClass
{
    /// <summary>It touches a must_not_change trap.</summary>
    Trap,

    /// <summary>It touches native page furniture (and no must_not_change trap).</summary>
    Furniture,

    /// <summary>It touches text no trap covers.</summary>
    Untrapped,
}

/// <summary>
/// One edit of a control text that no acceptable_normalization trap allows: original
/// text[Start..End) (at 1-based Line:Column) became <see cref="Replacement"/>; <see cref="Context"/>
/// is the original around it.
/// </summary>
public sealed record FalseEdit(string File, FalseEditClass Class, int Line, int Column, int Start, int End, string Original, string Replacement, string Context, IReadOnlyList<Trap> Traps);

/// <summary>A finding of the original text (what <c>check</c> reports) that overlaps a must_not_change trap.</summary>
public sealed record TrapFlag(string File, Finding Finding, Trap Trap);

/// <summary>How one control text scored.</summary>
public sealed record CleanFileScore(
    string Name,
    bool Unchanged,
    IReadOnlyList<FalseEdit> FalseEdits,
    IReadOnlyList<Trap> BrokenTraps,
    IReadOnlyList<TrapFlag> Flags,
    int MustNotChangeTraps,
    bool Idempotent);
