using System.Net;
using System.Text;
using TranslationFix.Translation.Azure;
using TranslationFix.Translation.Redaction;

namespace TranslationFix.Translation.Tests.Redaction;

/// <summary>The key never leaves the translator: not raw, not URL-encoded, not in another case, not in part.</summary>
public sealed class SecretFilterTests
{
    private const string Key = "Ab12+cd34/EF56=gh78";
    private static readonly TranslationRequest ZhToEn = new("zh-Hans", "en");

    private static readonly SecretFilter Filter = new(Key);

    [Theory]
    [InlineData("key " + Key + " rejected")]
    [InlineData("key Ab12%2Bcd34%2FEF56%3Dgh78 rejected")]
    [InlineData("key ab12%2bcd34%2fef56%3dgh78 rejected")]
    [InlineData("key AB12+CD34/EF56=GH78 rejected")]
    [InlineData("key ab12+cd34/ef56=gh78 rejected")]
    [InlineData("key Ab12%2Bcd34%2FEF56%3Dgh78&x=1 rejected")]
    public void Apply_EveryFormOfTheKey_IsMasked(string text)
    {
        string masked = Filter.Apply(text);
        Assert.Equal("key *** rejected", masked.Replace("&x=1", ""));
    }

    [Fact]
    public void Apply_KeyCutShortAtTheEnd_IsMasked() =>
        Assert.Equal("the key was ***…", Filter.Apply("the key was Ab12+cd34/…"));

    [Fact]
    public void Apply_TextWithoutTheKey_IsUnchanged() =>
        Assert.Equal("HTTP 500 Internal Server Error", Filter.Apply("HTTP 500 Internal Server Error"));

    [Fact]
    public void FromResponse_KeyAcrossThe200CharacterCut_LeavesNoPrefix()
    {
        var options = new TranslatorOptions { Key = Key };
        string body = new string('x', 190) + " " + Key + " and more text after it";

        var error = TranslatorErrors.FromResponse(HttpStatusCode.BadGateway, body, options, "t");

        Assert.DoesNotContain("Ab12+cd", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Answers every request with one fixed response.</summary>
    private sealed class StubHandler(Func<HttpResponseMessage> reply) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(reply());
    }

    private static (AzureTranslatorClient Client, List<string> Log) Client(Func<HttpResponseMessage> reply)
    {
        var log = new List<string>();
        var options = new TranslatorOptions
        {
            Key = Key,
            Endpoint = new Uri("http://127.0.0.1:9"),
            MaxRetries = 2,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(2),
        };
        return (new AzureTranslatorClient(options, new HttpClient(new StubHandler(reply)), log.Add), log);
    }

    private static void AssertNoKey(string text)
    {
        Assert.DoesNotContain(Key, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Uri.EscapeDataString(Key), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ab12+cd34", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TranslateAsync_ReasonPhraseEchoesKey_RetryLinesAndErrorAreMasked()
    {
        var (client, log) = Client(() => new HttpResponseMessage(HttpStatusCode.InternalServerError) { ReasonPhrase = $"Bad key {Key}" });
        using var _ = client;

        var error = await Assert.ThrowsAsync<TranslatorException>(() => client.TranslateAsync(["你好"], ZhToEn));

        Assert.Equal(2, log.Count);
        Assert.All(log, AssertNoKey);
        Assert.Contains("Bad key ***", log[0]);
        AssertNoKey(error.Message);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task TranslateAsync_BodyEchoesKeyInAnyForm_ErrorIsMasked(bool encoded, bool upper)
    {
        string echo = encoded ? Uri.EscapeDataString(Key) : upper ? Key.ToUpperInvariant() : Key;
        string body = new string('-', 195) + echo + " trailing";
        var (client, _) = Client(() => new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = new StringContent(body, Encoding.UTF8) });
        using var __ = client;

        var error = await Assert.ThrowsAsync<TranslatorException>(() => client.TranslateAsync(["你好"], ZhToEn));

        AssertNoKey(error.Message);
        Assert.Equal(TranslatorErrorKind.BadKey, error.Kind);
    }
}
