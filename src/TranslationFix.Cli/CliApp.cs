using System.CommandLine;
using TranslationFix.Cli.Commands;

namespace TranslationFix.Cli;

/// <summary>The whole command line: parse, run the command inside the <see cref="ErrorBoundary"/>, return the exit code.</summary>
public static class CliApp
{
    /// <param name="output">Where a command's own output goes (null: the console).</param>
    public static int Run(string[] args, TextWriter error, TextWriter? output = null) => Run(CommandTree.Create(), args, error, output);

    public static int Run(RootCommand root, string[] args, TextWriter error, TextWriter? output = null)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            error.WriteLine($"tfix: {parse.Errors[0].Message} (see 'tfix --help')");
            return ExitCodes.BadInput;
        }
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        if (output is not null) configuration.Output = output;
        return ErrorBoundary.Run(() => parse.Invoke(configuration), error);
    }
}
