using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace TranslationFix.Cli.Tests.Support;

/// <summary>Answers /translate in the service's shape, translating each text with a function.</summary>
public sealed class FakeTranslatorService : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<string, string> _translate;
    private readonly int _status;
    private readonly string? _body;

    private FakeTranslatorService(Func<string, string> translate, int status, string? body)
    {
        _translate = translate;
        _status = status;
        _body = body;
    }

    public Uri Endpoint { get; private set; } = null!;

    public static FakeTranslatorService Start(Func<string, string> translate, int status = 200, string? body = null)
    {
        var fake = new FakeTranslatorService(translate, status, body);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        fake.Endpoint = new Uri($"http://127.0.0.1:{port}/");
        fake._listener.Prefixes.Add(fake.Endpoint.ToString());
        fake._listener.Start();
        _ = Task.Run(fake.ServeAsync);
        return fake;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var texts = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.EnumerateArray().Select(e => e.GetProperty("Text").GetString()!).ToList();
            string answer = _body ?? JsonSerializer.Serialize(texts.Select(t => new { translations = new[] { new { text = _translate(t), to = "en" } } }));
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.StatusCode = _status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
