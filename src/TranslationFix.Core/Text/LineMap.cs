namespace TranslationFix.Core.Text;

/// <summary>Maps UTF-16 offsets to 1-based line and column numbers.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n') starts.Add(i + 1);
            else if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[line - 1];

    public (int Line, int Column) GetPosition(int offset)
    {
        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }
}
