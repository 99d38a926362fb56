using System.Net.Http.Headers;
using System.Text.Json;
using Polly;
using Polly.Timeout;
using TranslationFix.Translation.Batching;

namespace TranslationFix.Translation.Azure;

/// <summary>
/// A small client for the Translator Text REST API v3: <c>POST {endpoint}/translate</c> and
/// <c>/dictionary/lookup</c>. Requests are batched within the service limits, retried on 429 and
/// 5xx (see <see cref="TranslatorResilience"/>), and failures become <see cref="TranslatorException"/>s
/// that never carry the key.
/// </summary>
public sealed class AzureTranslatorClient : ITranslator, IDisposable
{
    public const string ApiVersion = "3.0";

    /// <summary>Dictionary lookup limits: 10 terms per request, 100 characters per term.</summary>
    public const int MaxLookupElements = 10;
    public const int MaxLookupCharacters = 100;

    private static readonly MediaTypeHeaderValue JsonUtf8 = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");

    private readonly TranslatorOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <param name="httpClient">Optional; when given, its timeout is left alone and it is not disposed.</param>
    /// <param name="log">Receives one line per retry (never the key).</param>
    public AzureTranslatorClient(TranslatorOptions options, HttpClient? httpClient = null, Action<string>? log = null, TimeProvider? time = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _ownsHttp = httpClient is null;
        // Polly owns the time limits; the HttpClient's own timeout is only a backstop.
        _http = httpClient ?? new HttpClient { Timeout = options.TotalTimeout + TimeSpan.FromSeconds(5) };
        _pipeline = TranslatorResilience.Create(options, log, time);
    }

    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, TranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var query = $"api-version={ApiVersion}{(request.From is { } from ? $"&from={Uri.EscapeDataString(from)}" : "")}&to={Uri.EscapeDataString(request.To)}"
            + (request.TextType == TextType.Html ? "&textType=html" : "");
        var translated = new List<(TextPiece, string)>();
        foreach (var batch in new RequestBatcher(_options.MaxElementsPerRequest, _options.MaxCharactersPerRequest).Plan(texts))
        {
            var results = await PostAsync("translate", query, [.. batch.Select(p => p.Text)],
                (json, count) => TranslatorJson.ReadTranslations(json, count), cancellationToken).ConfigureAwait(false);
            translated.AddRange(batch.Zip(results));
        }
        return RequestBatcher.Reassemble(texts, translated, request.To);
    }

    /// <summary>Dictionary translations of single terms (<c>/dictionary/lookup</c>), one result per term.</summary>
    public async Task<IReadOnlyList<DictionaryLookupResult>> LookupAsync(IReadOnlyList<string> terms, string from, string to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.FirstOrDefault(t => t.Length > MaxLookupCharacters) is { } tooLong)
            throw new TranslatorException(TranslatorErrorKind.TextTooLong,
                $"dictionary lookup: '{tooLong[..20]}…' has {tooLong.Length} characters, over the service's limit of {MaxLookupCharacters}");
        var query = $"api-version={ApiVersion}&from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}";
        var results = new List<DictionaryLookupResult>(terms.Count);
        foreach (var chunk in terms.Chunk(MaxLookupElements))
        {
            results.AddRange(await PostAsync("dictionary/lookup", query, chunk,
                (json, count) => TranslatorJson.ReadLookups(json, count), cancellationToken).ConfigureAwait(false));
        }
        return results;
    }

    // The one way out of the client: whatever failed, its message has passed the secret filter.
    private async Task<IReadOnlyList<T>> PostAsync<T>(string path, string query, IReadOnlyList<string> texts,
        Func<string, int, IReadOnlyList<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(path, query, texts, read, cancellationToken).ConfigureAwait(false);
        }
        catch (TranslatorException e)
        {
            throw _options.Secrets.Apply(e);
        }
    }

    private async Task<IReadOnlyList<T>> SendAsync<T>(string path, string query, IReadOnlyList<string> texts,
        Func<string, int, IReadOnlyList<T>> read, CancellationToken cancellationToken)
    {
        var uri = new Uri($"{_options.Endpoint.AbsoluteUri.TrimEnd('/')}/{path}?{query}");
        var body = TranslatorJson.WriteTexts(texts);
        // One trace id for all attempts of a request, so the service's logs can join them up.
        string traceId = Guid.NewGuid().ToString();
        string json;
        try
        {
            using var response = await _pipeline.ExecuteAsync(async token =>
            {
                using var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
                message.Content.Headers.ContentType = JsonUtf8;
                message.Headers.TryAddWithoutValidation("Ocp-Apim-Subscription-Key", _options.Key);
                if (_options.Region is { } region) message.Headers.Add("Ocp-Apim-Subscription-Region", region);
                message.Headers.Add("X-ClientTraceId", traceId);
                return await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);

            json = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) throw TranslatorErrors.FromResponse(response.StatusCode, json, _options, traceId);
        }
        catch (TimeoutRejectedException e)
        {
            throw new TranslatorException(TranslatorErrorKind.Timeout,
                $"Azure Translator: no answer from {uri.Host} within {e.Timeout.TotalSeconds:0.###} s (trace id {traceId})", inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new TranslatorException(TranslatorErrorKind.Network,
                $"Azure Translator: cannot reach {uri.Host}: {TranslatorErrors.OneLine(_options.Redact(e.Message))} (trace id {traceId})", inner: e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TranslatorException(TranslatorErrorKind.Timeout,
                $"Azure Translator: no answer from {uri.Host} in time (trace id {traceId})", inner: e);
        }

        try
        {
            return read(json, texts.Count);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new TranslatorException(TranslatorErrorKind.MalformedResponse,
                $"Azure Translator: unexpected answer to /{path}: {TranslatorErrors.OneLine(_options.Redact(e.Message))} (trace id {traceId})", inner: e);
        }
    }

    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }
}
