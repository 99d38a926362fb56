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
}
