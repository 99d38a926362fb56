namespace TranslationFix.Core.Glossary;

/// <summary>A name or term: its canonical target form, its source form, and how MT gets it wrong.</summary>
public sealed record GlossaryEntry
{
    public required string Canonical { get; init; }
    public string? Source { get; init; }
    public string Type { get; init; } = "term";
    public IReadOnlyList<string> Variants { get; init; } = [];
    public GlossaryAction Action { get; init; } = GlossaryAction.Fix;

    /// <summary>An error to fix, or a house style: a correct name mapped to a preferred one (Ma Huateng → Pony Ma).</summary>
    public GlossaryKind Kind { get; init; } = GlossaryKind.Error;

    /// <summary>Words of which one must occur in the same paragraph for the entry to fire.</summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    /// <summary>Whether pinyin-style variants are derived from <see cref="Source"/>.</summary>
    public bool Derive { get; init; } = true;

    /// <summary>
    /// A house entry (from <c>-g</c> or tfix.yaml): its hand-written variants are the editor's own
    /// rule and apply as written, like a substitution rule in Vale or a house termbase, subject
    /// only to its <see cref="Context"/> words; the ordinary-English caution is for shipped data.
    /// </summary>
    public bool AsWritten { get; init; }

    public string? Note { get; init; }
    public SourceLocation Location { get; init; }

    public bool IsTerm => string.Equals(Type, "term", StringComparison.OrdinalIgnoreCase);
}
