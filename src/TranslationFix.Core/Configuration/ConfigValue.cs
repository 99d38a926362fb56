namespace TranslationFix.Core.Configuration;

/// <summary>A configured value and where it was written (for <c>tfix config show</c>).</summary>
public sealed record ConfigValue<T>(T Value, string Path, int Line)
{
    public string Origin => $"{Path}:{Line}";
}
