namespace TranslationFix.Translation.Tests.Support;

/// <summary>An in-memory <see cref="ITranslator"/> that records what it was asked.</summary>
public sealed class FakeTranslator(Func<string, string>? translate = null) : ITranslator
{
    private readonly Func<string, string> _translate = translate ?? (t => $"EN[{t}]");

    public List<(IReadOnlyList<string> Texts, TranslationRequest Request)> Calls { get; } = [];

    public Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, TranslationRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add((texts, request));
        return Task.FromResult<IReadOnlyList<string>>([.. texts.Select(_translate)]);
    }
}
