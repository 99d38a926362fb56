namespace TranslationFix.Cli;

/// <summary>Bad usage or unreadable input: printed as one line "tfix: reason", exit code 2.</summary>
public sealed class CliException(string message) : Exception(message);

public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int BadInput = 2;

    /// <summary>A bug in tfix (EX_SOFTWARE): never the answer to any input, which the fuzz tests check.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
