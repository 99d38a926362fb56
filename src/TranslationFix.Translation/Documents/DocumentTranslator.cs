using System.Text;
using TranslationFix.Core.Text;

namespace TranslationFix.Translation.Documents;

/// <summary>
/// Translates a whole article paragraph by paragraph: each paragraph is one element (so
/// sentences stay together and the layout survives), and the blank lines between paragraphs
/// are copied as they are. HTML is sent as <c>textType=html</c> so tags stay in place. A
/// paragraph that is all protected (a code block, a bare URL) is not sent and stays as it is.
/// </summary>
public sealed class DocumentTranslator(ITranslator translator)
{
    public async Task<string> TranslateAsync(string text, DocumentFormat format, string? from, string to, CancellationToken cancellationToken = default)
    {
        var document = Document.Create(text, format);
        var paragraphs = document.Paragraphs.Where(p => !document.ProtectedRegions.Any(r => r.Start <= p.Start && r.End >= p.End)).ToList();
        if (paragraphs.Count == 0) return text;
        var request = new TranslationRequest(from, to, format == DocumentFormat.Html ? TextType.Html : TextType.Plain);
        var translations = await translator.TranslateAsync([.. paragraphs.Select(p => text.Substring(p.Start, p.Length))], request, cancellationToken)
            .ConfigureAwait(false);

        var builder = new StringBuilder(text.Length * 2);
        int copied = 0;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            builder.Append(text, copied, paragraphs[i].Start - copied).Append(translations[i]);
            copied = paragraphs[i].End;
        }
        return builder.Append(text, copied, text.Length - copied).ToString();
    }
}
