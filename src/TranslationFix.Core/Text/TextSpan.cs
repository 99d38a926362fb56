namespace TranslationFix.Core.Text;

/// <summary>A range of UTF-16 code units in a text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public override string ToString() => $"[{Start}..{End})";
}
