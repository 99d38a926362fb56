using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TranslationFix.Translation.Tests.Support;

/// <summary>What the fake service received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public IReadOnlyList<string> Texts =>
        [.. JsonDocument.Parse(Body).RootElement.EnumerateArray().Select(e => e.GetProperty("Text").GetString()!)];
}

/// <summary>How the fake service answers one request.</summary>
public sealed record FakeReply(int Status, string Body, TimeSpan Delay = default, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeReply Error(int status, int code, string message, params (string, string)[] headers) =>
        new(status, JsonSerializer.Serialize(new { error = new { code, message } }), default,
            headers.ToDictionary(h => h.Item1, h => h.Item2));
}

/// <summary>
/// A stand-in for Azure Translator on 127.0.0.1 (Kestrel, free port), started by a test. It
/// records every request and answers with <see cref="Reply"/>; by default it "translates" each
/// text to "EN[text]" in the shape the real service uses.
/// </summary>
public sealed class FakeTranslatorService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeTranslatorService(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Called with the request and its 1-based number.</summary>
    public Func<RecordedRequest, int, FakeReply> Reply { get; set; } = (request, _) => Translations(request);

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeTranslatorService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var service = new FakeTranslatorService(app);
        app.Run(service.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        service.Endpoint = new Uri(address);
        return service;
    }

    /// <summary>The recorded shape of a translate answer: each text becomes "EN[text]".</summary>
    public static FakeReply Translations(RecordedRequest request, Func<string, string>? translate = null)
    {
        translate ??= t => $"EN[{t}]";
        var items = request.Texts.Select(t => new { translations = new[] { new { text = translate(t), to = "en" } } });
        return new FakeReply(200, JsonSerializer.Serialize(items));
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        string body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", headers, body);
        _requests.Enqueue(request);

        var reply = Reply(request, _requests.Count);
        if (reply.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(reply.Delay, context.RequestAborted); }
            catch (OperationCanceledException) { return; }
        }
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        await context.Response.WriteAsync(reply.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
