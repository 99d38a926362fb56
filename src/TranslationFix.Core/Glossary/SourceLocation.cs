namespace TranslationFix.Core.Glossary;

/// <summary>Where a glossary item was written, for error messages (1-based line).</summary>
public readonly record struct SourceLocation(string Path, int Line)
{
    public override string ToString() => $"{Path}:{Line}";
}
