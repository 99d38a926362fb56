using TranslationFix.Cli;

try
{
    return CliApp.Run(args, Console.Error);
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // A bug, not bad input: one line to report, not a stack trace (TFIX_TRACE=1 shows it).
    Console.Error.WriteLine($"tfix: internal error: {e.GetType().Name}: {e.Message.Split('\n')[0]} (please report this)");
    if (Environment.GetEnvironmentVariable("TFIX_TRACE") == "1") Console.Error.WriteLine(e);
    return ExitCodes.InternalError;
}
