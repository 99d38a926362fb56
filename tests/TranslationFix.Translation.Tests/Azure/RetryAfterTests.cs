using System.Net.Http.Headers;
using TranslationFix.Translation.Azure;

namespace TranslationFix.Translation.Tests.Azure;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_Seconds_ThatDelay() =>
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.From(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), Now));

    [Fact]
    public void From_Date_TimeUntilThen() =>
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.From(new RetryConditionHeaderValue(Now.AddSeconds(30)), Now));

    [Fact]
    public void From_PastDate_Zero() =>
        Assert.Equal(TimeSpan.Zero, RetryAfter.From(new RetryConditionHeaderValue(Now.AddSeconds(-30)), Now));

    [Fact]
    public void From_NoHeader_NullSoBackoffApplies()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        Assert.Null(RetryAfter.From(response, Now));
    }

    [Theory]
    [InlineData(429, "5", true)]
    [InlineData(429, "120", false)]   // longer than MaxRetryAfter (60 s): fail at once
    [InlineData(503, null, true)]
    [InlineData(500, null, true)]
    [InlineData(408, null, true)]
    [InlineData(400, null, false)]
    [InlineData(401, null, false)]
    [InlineData(200, null, false)]
    public void IsTransient_Status_RetriedOnlyWhenWorthIt(int status, string? retryAfter, bool expected)
    {
        using var response = new HttpResponseMessage((System.Net.HttpStatusCode)status);
        if (retryAfter is not null) response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        var options = new TranslatorOptions { Key = "k" };

        Assert.Equal(expected, TranslatorResilience.IsTransient(Polly.Outcome.FromResult(response), options, Now));
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.NameResolutionError, false)]
    public void IsTransient_NetworkError_RetriedUnlessTheNameDoesNotResolve(HttpRequestError error, bool expected) =>
        Assert.Equal(expected, TranslatorResilience.IsTransient(
            Polly.Outcome.FromException<HttpResponseMessage>(new HttpRequestException(error, "failed")), new TranslatorOptions { Key = "k" }, Now));
}
