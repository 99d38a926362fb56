namespace TranslationFix.Core.Rules;

/// <summary>How serious a finding is. Ordered so that a larger value is more serious.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

public static class Severities
{
    public static string ToId(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning" or "warn": severity = Severity.Warning; return true;
            case "info" or "suggestion": severity = Severity.Info; return true;
            default: severity = default; return false;
        }
    }
}
