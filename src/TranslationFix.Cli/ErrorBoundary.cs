using TranslationFix.Core.Parsing;
using TranslationFix.Core.Text;

namespace TranslationFix.Cli;

/// <summary>
/// The one place where a command's failure becomes what the user sees: bad usage or bad input
/// (<see cref="CliException"/>, and every reader's <see cref="DataFormatException"/>) is one line
/// "tfix: file:line: reason" and exit code 2. Commands and file helpers throw; none of them prints
/// an error or catches another reader's exception to rethrow it. Anything else is a bug and
/// propagates.
/// </summary>
public static class ErrorBoundary
{
    public static int Run(Func<int> command, TextWriter error)
    {
        try
        {
            return command();
        }
        catch (Exception e) when (Describe(e) is { } line)
        {
            error.WriteLine($"tfix: {line}");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>The one-line message for an expected failure, or null for a bug.</summary>
    public static string? Describe(Exception e) => e switch
    {
        CliException or DataFormatException => OneLine(e.Message),
        InvalidTextException => OneLine(e.Message),
        AggregateException { InnerExceptions.Count: 1 } a => Describe(a.InnerExceptions[0]),
        _ => null,
    };

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
