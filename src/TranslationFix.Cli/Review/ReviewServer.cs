using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TranslationFix.Cli.Review;

/// <summary>
/// The review page's server: Kestrel on 127.0.0.1 only, every request behind the
/// <see cref="RequestGuard"/>. GET / is the page; POST /api/save writes the file and, once the
/// answer is sent, ends the server.
/// </summary>
public sealed class ReviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource<SaveOutcome> _saved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _token;

    private ReviewServer(WebApplication app, string token)
    {
        _app = app;
        _token = token;
    }

    public int Port { get; private set; }

    public string Url => $"http://127.0.0.1:{Port}/?token={_token}";

    /// <summary>Completes when the file has been saved and the answer sent.</summary>
    public Task<SaveOutcome> Saved => _saved.Task;

    /// <summary>Starts serving <paramref name="session"/> on <paramref name="port"/> (0: a free port).</summary>
    public static async Task<ReviewServer> StartAsync(ReviewSession session, int port, string? token = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();   // stdout's first line is the address, nothing else
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 4 * 1024 * 1024;
        });
        var app = builder.Build();
        var server = new ReviewServer(app, token ?? RequestGuard.NewToken());
        var guard = new RequestGuard(server._token, () => server.Port);
        app.Use(guard.InvokeAsync);

        string page = ReviewPage.Render(session);
        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        app.MapPost("/api/save", (Delegate)((HttpContext context) => server.SaveAsync(context, session)));

        try
        {
            await app.StartAsync();
        }
        catch (IOException e)
        {
            await app.DisposeAsync();
            throw new CliException($"--port {port}: cannot listen on 127.0.0.1: {e.Message}");
        }
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        server.Port = new Uri(addresses.First()).Port;
        return server;
    }

    private async Task<IResult> SaveAsync(HttpContext context, ReviewSession session)
    {
        if (!context.Request.HasJsonContentType()) return Results.Json(new { error = "expected JSON" }, statusCode: StatusCodes.Status415UnsupportedMediaType);
        SaveRequest? request;
        try
        {
            request = await context.Request.ReadFromJsonAsync<SaveRequest>(context.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.Json(new { error = "bad JSON" }, statusCode: StatusCodes.Status400BadRequest);
        }
        try
        {
            var outcome = session.Save(request?.Accepted ?? []);
            context.Response.OnCompleted(() => { _saved.TrySetResult(outcome); return Task.CompletedTask; });
            return Results.Json(new { path = outcome.Path, accepted = outcome.Accepted, rejected = outcome.Rejected });
        }
        catch (CliException e)
        {
            return Results.Json(new { error = e.Message }, statusCode: StatusCodes.Status409Conflict);
        }
    }

    /// <summary>Waits until the file is saved or the process is asked to stop (Ctrl+C); null when not saved.</summary>
    public async Task<SaveOutcome?> WaitAsync(CancellationToken cancel = default)
    {
        var stopping = _app.Lifetime.ApplicationStopping;
        var stopped = Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(stopping, cancel).Token);
        var done = await Task.WhenAny(Saved, stopped);
        return done == Saved ? await Saved : null;
    }

    /// <summary>Ends the server without saving, as Ctrl+C does (<see cref="WaitAsync"/> then returns null).</summary>
    public void Stop() => _app.Lifetime.StopApplication();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed record SaveRequest(int[]? Accepted);
}
