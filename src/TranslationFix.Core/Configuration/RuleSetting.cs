using TranslationFix.Core.Rules;

namespace TranslationFix.Core.Configuration;

/// <summary>
/// What tfix.yaml says about a rule or family: <c>off</c>, <c>on</c> (default severity), or a
/// severity (<c>error</c>, <c>warning</c>, <c>info</c>), which also switches it on.
/// </summary>
public readonly record struct RuleSetting(bool Enabled, Severity? Severity)
{
    public static bool TryParse(string? text, out RuleSetting setting)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "off" or "false" or "disable" or "disabled": setting = new(false, null); return true;
            case "on" or "true" or "enable" or "enabled": setting = new(true, null); return true;
        }
        bool ok = Severities.TryParse(text, out var severity);
        setting = new(true, ok ? severity : null);
        return ok;
    }

    public override string ToString() => !Enabled ? "off" : Severity is { } s ? s.ToId() : "on";
}
