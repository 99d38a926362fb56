using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace TranslationFix.Cli.Review;

/// <summary>
/// Lets a request through only when it is addressed to this server by name (Host is
/// 127.0.0.1:PORT or localhost:PORT, so a DNS-rebinding page cannot talk to it) and carries this
/// run's token (in <c>?token=</c> or the <c>X-Review-Token</c> header), so another local user or a
/// web page can neither read nor write the file.
/// </summary>
public sealed class RequestGuard(string token, Func<int> port)
{
    public const string TokenHeader = "X-Review-Token";

    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    /// <summary>A random token for one run (256 bits from the OS's cryptographic generator).</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!IsOwnHost(context.Request.Host))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("forbidden: wrong Host\n");
            return;
        }
        if (!HasToken(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("unauthorized: open the address tfix review printed (it carries the token)\n");
            return;
        }
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Content-Type-Options"] = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        await next(context);
    }

    private bool IsOwnHost(HostString host) =>
        host.Port == port() && host.Host.ToLowerInvariant() is "127.0.0.1" or "localhost";

    private bool HasToken(HttpRequest request)
    {
        string? given = request.Headers[TokenHeader].FirstOrDefault() ?? request.Query["token"].FirstOrDefault();
        return given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _token);
    }
}
