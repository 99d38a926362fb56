using System.CommandLine;
using TranslationFix.Cli;
using TranslationFix.Cli.Commands;
using TranslationFix.Core.Glossary;

var root = new RootCommand("tfix: clean up machine-translated articles (names, terms, punctuation, numbers, boilerplate)");
root.Subcommands.Add(FixCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(GlossaryCommand.Create());
root.Subcommands.Add(TranslateCommand.Create());
root.Subcommands.Add(ConfigCommand.Create());
root.Subcommands.Add(RewriteCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(StreamCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    Console.Error.WriteLine($"tfix: {parse.Errors[0].Message} (see 'tfix --help')");
    return ExitCodes.BadInput;
}
try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (CliException e)
{
    Console.Error.WriteLine($"tfix: {e.Message}");
    return ExitCodes.BadInput;
}
catch (GlossaryFormatException e)
{
    Console.Error.WriteLine($"tfix: {e.Message}");
    return ExitCodes.BadInput;
}
