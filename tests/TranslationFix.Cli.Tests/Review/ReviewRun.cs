using System.CommandLine;
using TranslationFix.Cli.Commands;
using TranslationFix.Cli.Review;

namespace TranslationFix.Cli.Tests.Review;

/// <summary>`tfix review` run in this process: what it printed, its server, and the run itself (which ends after Save).</summary>
internal sealed class ReviewRun : IAsyncDisposable
{
    private ReviewRun(Task<int> exit, ReviewServer server, StringWriter output, StringWriter error)
    {
        Exit = exit;
        Server = server;
        Output = output;
        Error = error;
    }

    public Task<int> Exit { get; }
    public ReviewServer Server { get; }
    public StringWriter Output { get; }
    public StringWriter Error { get; }

    public string FirstLine => Output.ToString().Split('\n')[0].TrimEnd('\r');

    public static async Task<ReviewRun> StartAsync(params string[] args)
    {
        var started = new TaskCompletionSource<ReviewServer>(TaskCreationOptions.RunContinuationsAsynchronously);
        var root = new RootCommand();
        root.Subcommands.Add(ReviewCommand.Create(started.SetResult));
        var parse = root.Parse(["review", "--no-open", .. args]);
        Assert.Empty(parse.Errors);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Task.Run(() => parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error }));
        var first = await Task.WhenAny(started.Task, exit, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first == exit) await exit;   // the command failed before serving: let its exception fail the test
        Assert.True(started.Task.IsCompleted, "tfix review did not start serving within 60 s");
        return new ReviewRun(exit, started.Task.Result, output, error);
    }

    /// <summary>The exit code once the run has ended (after a save); fails the test when it does not end.</summary>
    public async Task<int> EndedAsync()
    {
        var done = await Task.WhenAny(Exit, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(done == Exit, "tfix review did not end after the save");
        return await Exit;
    }

    public async ValueTask DisposeAsync()
    {
        if (!Exit.IsCompleted) Server.Stop();   // a test that did not save ends the run as Ctrl+C would
        await Task.WhenAny(Exit, Task.Delay(TimeSpan.FromSeconds(10)));
    }
}
