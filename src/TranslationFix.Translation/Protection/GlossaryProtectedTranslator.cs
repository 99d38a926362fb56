namespace TranslationFix.Translation.Protection;

/// <summary>
/// An <see cref="ITranslator"/> that sends every text with its glossary terms marked (see
/// <see cref="GlossaryProtection"/>) and hands back translations free of markup.
/// </summary>
public sealed class GlossaryProtectedTranslator(ITranslator inner, GlossaryProtection protection) : ITranslator
{
    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, TranslationRequest request, CancellationToken cancellationToken = default)
    {
        var protectedTexts = texts.Select(t => protection.Protect(t, request.TextType)).ToList();
        var translations = await inner.TranslateAsync(protectedTexts, request, cancellationToken).ConfigureAwait(false);
        return [.. translations.Select(DictionaryMarkup.Strip)];
    }
}
