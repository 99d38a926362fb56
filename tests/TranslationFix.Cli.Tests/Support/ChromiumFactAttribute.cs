namespace TranslationFix.Cli.Tests.Support;

/// <summary>
/// A test that drives Debian's chromium (through Playwright). Skipped with a reason when chromium is
/// not installed here; never skipped in CI (CI=true), where .ci/run installs it, so a missing
/// browser fails there instead of passing quietly.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable) && Environment.GetEnvironmentVariable("CI") is not ("true" or "1"))
            Skip = $"needs {Executable} (apt-get install -y chromium); .ci/run installs it in CI";
    }
}
