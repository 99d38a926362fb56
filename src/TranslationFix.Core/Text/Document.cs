namespace TranslationFix.Core.Text;

/// <summary>
/// The text a pipeline analyses: decoded text (line endings kept as they are), its format, its
/// language, and the regions no check may touch. Immutable; <see cref="WithText"/> makes a new one.
/// </summary>
public sealed class Document
{
    private readonly TextSpan[] _protected;
    private LineMap? _lines;
    private TextSpan[]? _paragraphs;

    private Document(string text, DocumentFormat format, string language, string? path)
    {
        Text = text;
        Format = format;
        Language = language;
        Path = path;
        OriginalText = text;
        _protected = [.. ProtectedRegionScanner.Scan(text, format)];
    }

    public string Text { get; }
    public DocumentFormat Format { get; }

    /// <summary>The text's language (BCP 47 primary tag, e.g. "en").</summary>
    public string Language { get; }

    /// <summary>Where the text came from, for messages only; the engine never opens it.</summary>
    public string? Path { get; }

    public IReadOnlyList<TextSpan> ProtectedRegions => _protected;

    /// <summary>The text this one was translated from, when known (checks compare numbers against it).</summary>
    public Bilingual.SourceText? Source { get; private init; }

    /// <summary>
    /// The text as it was before any fix (the same as <see cref="Text"/> until a fix pass made a new
    /// document): evidence is read from it, so that one fix's output never becomes another's context.
    /// </summary>
    public string OriginalText { get; private init; }

    public LineMap Lines => _lines ??= new LineMap(Text);

    public static Document Create(string text, DocumentFormat format = DocumentFormat.Plain, string language = "en", string? path = null)
        => new(text ?? throw new ArgumentNullException(nameof(text)), format, language, path);

    public Document WithText(string text) => new(text, Format, Language, Path) { Source = Source, OriginalText = OriginalText };

    public Document WithSource(Bilingual.SourceText? source) => new(Text, Format, Language, Path) { Source = source, OriginalText = OriginalText };

    /// <summary>True when the span overlaps a protected region (URL, code, tag, e-mail).</summary>
    public bool IsProtected(int start, int length)
    {
        var span = new TextSpan(start, Math.Max(length, 1));
        int lo = 0, hi = _protected.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var p = _protected[mid];
            if (p.End <= span.Start) lo = mid + 1;
            else if (p.Start >= span.End) hi = mid - 1;
            else return true;
        }
        return false;
    }

    public bool IsProtected(TextSpan span) => IsProtected(span.Start, span.Length);

    /// <summary>Paragraphs: runs of non-blank lines, without their line breaks.</summary>
    public IReadOnlyList<TextSpan> Paragraphs => _paragraphs ??= FindParagraphs(Text);

    /// <summary>The paragraph holding <paramref name="offset"/> (or an empty span at it).</summary>
    public TextSpan ParagraphAt(int offset)
    {
        var paragraphs = Paragraphs;
        int lo = 0, hi = paragraphs.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var p = paragraphs[mid];
            if (p.End <= offset) lo = mid + 1;
            else if (p.Start > offset) hi = mid - 1;
            else return p;
        }
        return new TextSpan(offset, 0);
    }

    private static TextSpan[] FindParagraphs(string text)
    {
        var result = new List<TextSpan>();
        int start = -1, lastContentEnd = 0, i = 0;
        while (i < text.Length)
        {
            int lineEnd = text.IndexOfAny(['\r', '\n'], i);
            if (lineEnd < 0) lineEnd = text.Length;
            bool blank = text.AsSpan(i, lineEnd - i).IsWhiteSpace();
            if (blank)
            {
                if (start >= 0) result.Add(TextSpan.FromBounds(start, lastContentEnd));
                start = -1;
            }
            else
            {
                if (start < 0) start = i;
                lastContentEnd = lineEnd;
            }
            i = lineEnd;
            if (i < text.Length && text[i] == '\r') i++;
            if (i < text.Length && text[i] == '\n') i++;
        }
        if (start >= 0) result.Add(TextSpan.FromBounds(start, lastContentEnd));
        return [.. result];
    }
}
