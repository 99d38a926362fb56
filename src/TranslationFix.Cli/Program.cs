using System.CommandLine;
using TranslationFix.Cli;
using TranslationFix.Cli.Commands;

var root = new RootCommand("tfix: clean up machine-translated articles (names, terms, punctuation, numbers, boilerplate)");
root.Subcommands.Add(FixCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(GlossaryCommand.Create());
root.Subcommands.Add(TranslateCommand.Create());
root.Subcommands.Add(ConfigCommand.Create());
root.Subcommands.Add(RewriteCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    Console.Error.WriteLine($"tfix: {parse.Errors[0].Message} (see 'tfix --help')");
    return ExitCodes.BadInput;
}
try
{
    return ErrorBoundary.Run(() => parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false }), Console.Error);
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // A bug, not bad input: one line to report, not a stack trace (TFIX_TRACE=1 shows it).
    Console.Error.WriteLine($"tfix: internal error: {e.GetType().Name}: {e.Message.Split('\n')[0]} (please report this)");
    if (Environment.GetEnvironmentVariable("TFIX_TRACE") == "1") Console.Error.WriteLine(e);
    return ExitCodes.InternalError;
}
