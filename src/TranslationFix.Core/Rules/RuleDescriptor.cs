namespace TranslationFix.Core.Rules;

/// <summary>
/// The fixed "what" of a rule, as in Roslyn's DiagnosticDescriptor: a stable dotted id, a title,
/// a default severity, a description for catalogues (SARIF, README), and the priority its fixes
/// have when two fixes overlap (higher wins).
/// </summary>
public sealed record RuleDescriptor
{
    public RuleDescriptor(string id, string title, Severity defaultSeverity, string description, int priority = 0)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Contains(' ')) throw new ArgumentException($"bad rule id '{id}'", nameof(id));
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Description = description;
        Priority = priority;
    }

    public string Id { get; }
    public string Title { get; }
    public Severity DefaultSeverity { get; }
    public string Description { get; }
    public int Priority { get; }

    public string HelpUri => $"https://github.com/translationfix/translationfix/blob/main/docs/rules.md#{Id.Replace('.', '-')}";
}
