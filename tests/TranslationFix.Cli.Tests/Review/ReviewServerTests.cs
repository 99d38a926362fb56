using System.Net;
using System.Text;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Review;

/// <summary>The review server refuses whoever does not hold this run's token or names another host.</summary>
public sealed class ReviewServerTests
{
    private static HttpRequestMessage Request(HttpMethod method, string url, string? host = null, HttpContent? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body };
        if (host is not null) request.Headers.Host = host;
        return request;
    }

    [Fact]
    public async Task Requests_WithoutTheTokenOrForAnotherHost_AreRefusedAndTheFileIsUntouched()
    {
        using var folder = new TempFolder();
        var (path, options) = ReviewSample.Write(folder);
        byte[] before = File.ReadAllBytes(path);
        await using var run = await ReviewRun.StartAsync([path, .. options]);
        int port = run.Server.Port;
        string root = $"http://127.0.0.1:{port}";
        using var http = new HttpClient();
        var save = () => new StringContent("{\"accepted\":[0,1,2,3,4]}", Encoding.UTF8, "application/json");

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(Request(HttpMethod.Get, $"{root}/"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(Request(HttpMethod.Get, $"{root}/?token=guess"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(Request(HttpMethod.Post, $"{root}/api/save", body: save()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(Request(HttpMethod.Get, run.Server.Url, host: $"attacker.example:{port}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(Request(HttpMethod.Post, run.Server.Url.Replace("/?", "/api/save?"), host: $"attacker.example:{port}", body: save()))).StatusCode);
        Assert.Equal(before, File.ReadAllBytes(path));

        var page = await http.SendAsync(Request(HttpMethod.Get, run.Server.Url, host: $"localhost:{port}"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-action=\"save\"", await page.Content.ReadAsStringAsync());
        Assert.False(run.Exit.IsCompleted);
    }

    [Fact]
    public async Task Save_FileChangedOnDisk_RefusesAndKeepsTheNewContent()
    {
        using var folder = new TempFolder();
        var (path, options) = ReviewSample.Write(folder);
        await using var run = await ReviewRun.StartAsync([path, .. options]);
        File.WriteAllText(path, "Someone else edited this.\n");
        using var http = new HttpClient();

        var answer = await http.PostAsync(run.Server.Url.Replace("/?", "/api/save?"), new StringContent("{\"accepted\":[0]}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        Assert.Contains("changed on disk", await answer.Content.ReadAsStringAsync());
        Assert.Equal("Someone else edited this.\n", File.ReadAllText(path));
    }
}
