using System.Text.RegularExpressions;

namespace TranslationFix.Core.Glossary;

/// <summary>A regex rule from a glossary: pattern → replacement (or a flag when there is none).</summary>
public sealed record GlossaryRule
{
    public required Regex Pattern { get; init; }

    /// <summary>Replacement with $1-style group references; null flags the match.</summary>
    public string? Replace { get; init; }

    public string Type { get; init; } = "term";
    public GlossaryAction Action { get; init; } = GlossaryAction.Fix;
    public string? Message { get; init; }
    public bool IgnoreCase { get; init; }
    public SourceLocation Location { get; init; }
}
