using System.CommandLine;

namespace TranslationFix.Cli.Tests.Support;

/// <summary>
/// Runs one command in this process (so a test can hand it a fake environment); exceptions
/// propagate to the test instead of being printed.
/// </summary>
public static class InProcess
{
    public static int Run(Command command, params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(command);
        var parse = root.Parse(args);
        Assert.Empty(parse.Errors);
        return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Error = TextWriter.Null, Output = TextWriter.Null });
    }

    /// <summary>
    /// Runs a whole command line as the program does, through its one error boundary: bad input
    /// comes back as exit code 2 and one line in <c>Error</c>; a bug still propagates to the test.
    /// </summary>
    public static (int ExitCode, string Error) RunCli(params string[] args)
    {
        var error = new StringWriter();
        int exit = CliApp.Run(args, error, TextWriter.Null);
        return (exit, error.ToString());
    }
}
