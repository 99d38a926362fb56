using System.Net;
using System.Net.Sockets;
using TranslationFix.Translation.Azure;
using TranslationFix.Translation.Tests.Support;

namespace TranslationFix.Translation.Tests.Azure;

public sealed class AzureTranslatorClientTests : IAsyncLifetime
{
    private const string Key = "secret-key-0123456789abcdef";
    private static readonly TranslationRequest ZhToEn = new("zh-Hans", "en");

    private FakeTranslatorService _service = null!;
    private readonly List<string> _log = [];

    public async Task InitializeAsync() => _service = await FakeTranslatorService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    // Tiny delays and timeouts: retries are exercised, not waited for.
    private AzureTranslatorClient Client(string? region = "westeurope", int maxRetries = 3, TimeSpan? attemptTimeout = null,
        TimeSpan? totalTimeout = null, int maxElements = 1_000, int maxCharacters = 50_000) =>
        new(new TranslatorOptions
        {
            Key = Key,
            Region = region,
            Endpoint = _service.Endpoint,
            MaxRetries = maxRetries,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(5),
            MaxRetryAfter = TimeSpan.FromSeconds(10),
            AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(10),
            TotalTimeout = totalTimeout ?? TimeSpan.FromSeconds(30),
            MaxElementsPerRequest = maxElements,
            MaxCharactersPerRequest = maxCharacters,
        }, log: _log.Add);

    [Fact]
    public async Task TranslateAsync_OneText_SendsDocumentedRequest()
    {
        using var client = Client();

        var result = await client.TranslateAsync(["奈雪的茶首席技术官\"离职\""], ZhToEn);

        var request = Assert.Single(_service.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/translate", request.Path);
        Assert.Equal("?api-version=3.0&from=zh-Hans&to=en", request.Query);
        Assert.Equal(Key, request.Headers["Ocp-Apim-Subscription-Key"]);
        Assert.Equal("westeurope", request.Headers["Ocp-Apim-Subscription-Region"]);
        Assert.Equal("application/json; charset=UTF-8", request.Headers["Content-Type"]);
        Assert.True(Guid.TryParse(request.Headers["X-ClientTraceId"], out _));
        Assert.Equal("""[{"Text":"\u5948\u96EA\u7684\u8336\u9996\u5E2D\u6280\u672F\u5B98\u0022\u79BB\u804C\u0022"}]""", request.Body);
        Assert.Equal(["EN[奈雪的茶首席技术官\"离职\"]"], result);
    }

    [Fact]
    public async Task TranslateAsync_HtmlWithoutSourceOrRegion_QueryAndHeadersFollow()
    {
        using var client = Client(region: null);

        await client.TranslateAsync(["<p>你好</p>"], new TranslationRequest(null, "en", TextType.Html));

        var request = Assert.Single(_service.Requests);
        Assert.Equal("?api-version=3.0&to=en&textType=html", request.Query);
        Assert.False(request.Headers.ContainsKey("Ocp-Apim-Subscription-Region"));
    }

    [Fact]
    public async Task TranslateAsync_RecordedResponseWithDetectedLanguage_ReadsFirstTranslation()
    {
        _service.Reply = (_, _) => new FakeReply(200, """
            [{"detectedLanguage":{"language":"zh-Hans","score":1.0},
              "translations":[{"text":"Nayuki CTO He Gang resigned","to":"en"}]}]
            """);
        using var client = Client();

        var result = await client.TranslateAsync(["奈雪的茶CTO何刚离职"], new TranslationRequest(null, "en"));

        Assert.Equal(["Nayuki CTO He Gang resigned"], result);
    }

    // The wait is what Retry-After says, not the test's 1-5 ms backoff.
    [Theory]
    [InlineData("0", "in 0 s")]
    [InlineData("1", "in 1 s")]
    public async Task TranslateAsync_429WithRetryAfter_WaitsAsToldAndRetriesWithSameTraceId(string retryAfter, string wait)
    {
        _service.Reply = (request, n) => n == 1
            ? FakeReply.Error(429, 429001, "The server rejected the request because the client has exceeded request limits.", ("Retry-After", retryAfter))
            : FakeTranslatorService.Translations(request);
        using var client = Client();

        var result = await client.TranslateAsync(["你好"], ZhToEn);

        Assert.Equal(["EN[你好]"], result);
        Assert.Equal(2, _service.Requests.Count);
        Assert.Equal(_service.Requests[0].Headers["X-ClientTraceId"], _service.Requests[1].Headers["X-ClientTraceId"]);
        Assert.Equal($"translator: HTTP 429 Too Many Requests; retry 1 of 3 {wait}", Assert.Single(_log));
    }

    [Fact]
    public async Task TranslateAsync_GlossaryProtected_SendsEscapedMarkupAndGetsCleanText()
    {
        _service.Reply = (request, _) => FakeTranslatorService.Translations(request, _ => "Nayuki CTO He Gang resigned.");
        using var client = Client();
        var protection = new TranslationFix.Translation.Protection.GlossaryProtection(
            [new TranslationFix.Core.Glossary.GlossaryEntry { Canonical = "Nayuki \"Tea\" & Co", Source = "奈雪的茶" }]);

        var result = await new TranslationFix.Translation.Protection.GlossaryProtectedTranslator(client, protection)
            .TranslateAsync(["奈雪的茶CTO何刚离职。"], ZhToEn);

        Assert.Equal(["<mstrans:dictionary translation=\"Nayuki &quot;Tea&quot; &amp; Co\">奈雪的茶</mstrans:dictionary>CTO何刚离职。"],
            Assert.Single(_service.Requests).Texts);
        Assert.Equal(["Nayuki CTO He Gang resigned."], result);
    }

    [Fact]
    public async Task TranslateAsync_RetryAfterLongerThanAllowed_FailsAtOnceWithoutWaiting()
    {
        _service.Reply = (_, _) => FakeReply.Error(429, 429000, "Too many requests.", ("Retry-After", "3600"));
        using var client = Client();

        var error = await Assert.ThrowsAsync<TranslatorException>(() => client.TranslateAsync(["你好"], ZhToEn));

        Assert.Equal(TranslatorErrorKind.TooManyRequests, error.Kind);
        Assert.Single(_service.Requests);
    }

    [Fact]
    public async Task TranslateAsync_500Always_RetriesUpToLimitThenFails()
    {
        _service.Reply = (_, _) => FakeReply.Error(500, 500000, "An unexpected error occurred.");
        using var client = Client(maxRetries: 2);

        var error = await Assert.ThrowsAsync<TranslatorException>(() => client.TranslateAsync(["你好"], ZhToEn));

        Assert.Equal(TranslatorErrorKind.ServiceUnavailable, error.Kind);
        Assert.Equal(500000, error.ServiceCode);
        Assert.Equal(3, _service.Requests.Count);
        Assert.Equal(2, _log.Count);
    }

    [Fact]
    public async Task TranslateAsync_503ThenSuccess_Recovers()
    {
        _service.Reply = (request, n) => n < 3 ? new FakeReply(503, "") : FakeTranslatorService.Translations(request);
        using var client = Client();

        Assert.Equal(["EN[你好]"], await client.TranslateAsync(["你好"], ZhToEn));
        Assert.Equal(3, _service.Requests.Count);
    }

    [Theory]
    [InlineData(401, 401000, "westeurope", TranslatorErrorKind.BadKey, "TFIX_TRANSLATOR_KEY")]
    [InlineData(401, 401000, null, TranslatorErrorKind.BadKey, "set TFIX_TRANSLATOR_REGION")]
    [InlineData(403, 403001, "westeurope", TranslatorErrorKind.QuotaExceeded, "free quota")]
    [InlineData(400, 400050, "westeurope", TranslatorErrorKind.TextTooLong, "too long")]
    [InlineData(400, 400036, "westeurope", TranslatorErrorKind.BadRequest, "--from and --to")]
    public async Task TranslateAsync_ServiceError_ClearMessageAndNoRetry(int status, int code, string? region, TranslatorErrorKind kind, string advice)
    {
        _service.Reply = (_, _) => FakeReply.Error(status, code, "Service says no.");
        using var client = Client(region: region);

        var error = await Assert.ThrowsAsync<TranslatorException>(() => client.TranslateAsync(["你好"], ZhToEn));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(code, error.ServiceCode);
        Assert.Contains(advice, error.Message);
        Assert.Contains($"{code}: Service says no.", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Single(_service.Requests);
    }

    [Fact]
    public async Task TranslateAsync_ServiceEchoesKey_KeyRedactedFromError()
    {
        _service.Reply = (_, _) => FakeReply.Error(401, 401000, $"Key {Key} is not valid.");
        using var client = Client();

        var error = await Assert.ThrowsAsync<TranslatorException>(() => client.TranslateAsync(["你好"], ZhToEn));

        Assert.DoesNotContain(Key, error.Message);
        Assert.Contains("Key *** is not valid", error.Message);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"translations":[]}""")]
    [InlineData("""[{"translations":[]}]""")]
    [InlineData("""[{"translations":[{"text":"a","to":"en"}]},{"translations":[{"text":"b","to":"en"}]}]""")]
    [InlineData("""[{"translations":[{"text":1,"to":"en"}]}]""")]
    public async Task TranslateAsync_MalformedAnswer_MalformedResponseError(string body)
    {
        _service.Reply = (_, _) => new FakeReply(200, body);
        using var client = Client();

        var error = await Assert.ThrowsAsync<TranslatorException>(() => client.TranslateAsync(["你好"], ZhToEn));

        Assert.Equal(TranslatorErrorKind.MalformedResponse, error.Kind);
        Assert.Contains("/translate", error.Message);
        Assert.Single(_service.Requests);
    }

    [Fact]
    public async Task TranslateAsync_SlowAnswer_EachAttemptTimesOutThenFails()
    {
        _service.Reply = (request, _) => FakeTranslatorService.Translations(request) with { Delay = TimeSpan.FromSeconds(5) };
        using var client = Client(maxRetries: 1, attemptTimeout: TimeSpan.FromMilliseconds(100));

        var error = await Assert.ThrowsAsync<TranslatorException>(() => client.TranslateAsync(["你好"], ZhToEn));

        Assert.Equal(TranslatorErrorKind.Timeout, error.Kind);
        Assert.Equal(2, _service.Requests.Count);
        Assert.Contains(_log, line => line.Contains("no answer within 0.1 s"));
    }

    [Fact]
    public async Task TranslateAsync_SlowFirstAnswer_RetrySucceeds()
    {
        _service.Reply = (request, n) => FakeTranslatorService.Translations(request) with { Delay = n == 1 ? TimeSpan.FromSeconds(5) : TimeSpan.Zero };
        using var client = Client(attemptTimeout: TimeSpan.FromMilliseconds(100));

        Assert.Equal(["EN[你好]"], await client.TranslateAsync(["你好"], ZhToEn));
    }

    [Fact]
    public async Task TranslateAsync_TotalTimeShorterThanAttempts_StopsAtTotal()
    {
        _service.Reply = (request, _) => FakeTranslatorService.Translations(request) with { Delay = TimeSpan.FromSeconds(5) };
        using var client = Client(maxRetries: 10, attemptTimeout: TimeSpan.FromSeconds(2), totalTimeout: TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAsync<TranslatorException>(() => client.TranslateAsync(["你好"], ZhToEn));

        Assert.Equal(TranslatorErrorKind.Timeout, error.Kind);
        // No retry after the total time ran out (on a loaded machine the one attempt may not even have arrived).
        Assert.InRange(_service.Requests.Count, 0, 1);
    }

    [Fact]
    public async Task TranslateAsync_NothingListening_NetworkError()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new AzureTranslatorClient(new TranslatorOptions { Key = Key, Endpoint = new Uri($"http://127.0.0.1:{port}"), MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1) }, log: _log.Add);

        var error = await Assert.ThrowsAsync<TranslatorException>(() => client.TranslateAsync(["你好"], ZhToEn));

        Assert.Equal(TranslatorErrorKind.Network, error.Kind);
        Assert.Contains("cannot reach 127.0.0.1", error.Message);
        Assert.Single(_log);
    }

    [Fact]
    public async Task TranslateAsync_BlankTexts_NotSentButKept()
    {
        using var client = Client();

        var result = await client.TranslateAsync(["", "你好", "  "], ZhToEn);

        Assert.Equal(["", "EN[你好]", "  "], result);
        Assert.Equal(["你好"], Assert.Single(_service.Requests).Texts);
    }

    [Fact]
    public async Task TranslateAsync_NoTexts_NoRequest()
    {
        using var client = Client();

        Assert.Empty(await client.TranslateAsync([], ZhToEn));
        Assert.Empty(_service.Requests);
    }

    [Fact]
    public async Task TranslateAsync_2500Texts_ThreeRequestsOfAtMost1000InOrder()
    {
        var texts = Enumerable.Range(0, 2_500).Select(i => $"第{i}句。").ToList();
        using var client = Client();

        var result = await client.TranslateAsync(texts, ZhToEn);

        Assert.Equal([1_000, 1_000, 500], _service.Requests.Select(r => r.Texts.Count));
        Assert.Equal(texts.Select(t => $"EN[{t}]"), result);
    }

    [Fact]
    public async Task TranslateAsync_TextsOver50000Characters_SplitAcrossRequestsWithinLimit()
    {
        var texts = Enumerable.Range(0, 30).Select(i => new string((char)('一' + i), 1_999) + "。").ToList();
        using var client = Client();

        var result = await client.TranslateAsync(texts, ZhToEn);

        Assert.Equal(2, _service.Requests.Count);
        Assert.All(_service.Requests, r => Assert.True(r.Texts.Sum(t => t.Length) <= 50_000));
        Assert.Equal(texts.Select(t => $"EN[{t}]"), result);
    }

    [Fact]
    public async Task TranslateAsync_OneTextOf120000Characters_SplitBetweenSentencesAndJoined()
    {
        string sentence = new string('字', 999) + "。";
        string text = string.Concat(Enumerable.Repeat(sentence, 120));
        using var client = Client();

        var result = await client.TranslateAsync([text], ZhToEn);

        Assert.Equal(3, _service.Requests.Count);
        var sent = _service.Requests.SelectMany(r => r.Texts).ToList();
        Assert.All(sent, piece => Assert.EndsWith("。", piece));
        Assert.Equal(text, string.Concat(sent));
        Assert.Equal(string.Join(" ", sent.Select(p => $"EN[{p}]")), Assert.Single(result));
    }

    [Fact]
    public async Task TranslateAsync_SentenceLongerThanLimit_TextTooLongWithoutRequest()
    {
        using var client = Client(maxCharacters: 100);

        var error = await Assert.ThrowsAsync<TranslatorException>(() => client.TranslateAsync([new string('字', 150)], ZhToEn));

        Assert.Equal(TranslatorErrorKind.TextTooLong, error.Kind);
        Assert.Empty(_service.Requests);
    }

    [Fact]
    public async Task LookupAsync_TwelveTerms_TwoRequestsAndParsedEntries()
    {
        _service.Reply = (request, _) => new FakeReply(200, System.Text.Json.JsonSerializer.Serialize(request.Texts.Select(t => new
        {
            normalizedSource = t, displaySource = t,
            translations = new[]
            {
                new { normalizedTarget = "tea", displayTarget = "tea", posTag = "NOUN", confidence = 0.8, prefixWord = "",
                      backTranslations = new[] { new { normalizedText = t, displayText = t, numExamples = 1, frequencyCount = 10 } } },
            },
        })));
        using var client = Client();
        var terms = Enumerable.Range(0, 12).Select(i => $"茶{i}").ToList();

        var result = await client.LookupAsync(terms, "zh-Hans", "en");

        Assert.Equal(["/dictionary/lookup", "/dictionary/lookup"], _service.Requests.Select(r => r.Path));
        Assert.Equal("?api-version=3.0&from=zh-Hans&to=en", _service.Requests[0].Query);
        Assert.Equal([10, 2], _service.Requests.Select(r => r.Texts.Count));
        Assert.Equal(12, result.Count);
        Assert.Equal("茶11", result[11].DisplaySource);
        var translation = Assert.Single(result[0].Translations);
        Assert.Equal(("tea", "NOUN", 0.8), (translation.DisplayTarget, translation.PosTag, translation.Confidence));
        Assert.Equal(["茶0"], translation.BackTranslations);
    }

    [Fact]
    public async Task LookupAsync_TermOver100Characters_TextTooLong()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<TranslatorException>(() => client.LookupAsync([new string('茶', 101)], "zh-Hans", "en"));

        Assert.Equal(TranslatorErrorKind.TextTooLong, error.Kind);
        Assert.Empty(_service.Requests);
    }

    [Fact]
    public async Task Log_AfterRetries_NeverContainsKey()
    {
        _service.Reply = (request, n) => n < 3 ? FakeReply.Error(500, 500000, $"oops {Key}") : FakeTranslatorService.Translations(request);
        using var client = Client();

        await client.TranslateAsync(["你好"], ZhToEn);

        Assert.Equal(2, _log.Count);
        Assert.All(_log, line => Assert.DoesNotContain(Key, line));
    }
}
