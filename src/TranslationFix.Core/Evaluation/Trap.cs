namespace TranslationFix.Core.Evaluation;

/// <summary>
/// A marked span of a native-English control text: <see cref="Text"/> is an exact substring of
/// <see cref="File"/> and means every occurrence of it.
/// </summary>
public sealed record Trap(string File, string Text, TrapKind Kind, string Why, int Line);

public enum TrapKind
{
    /// <summary>Correct text any edit of which is a false edit (and a flag on it is noise).</summary>
    MustNotChange,

    /// <summary>Native site chrome that looks like scraper boilerplate; removals are counted apart.</summary>
    NativePageFurniture,

    /// <summary>A span where one small edit is acceptable (and leaving it is correct too).</summary>
    AcceptableNormalization,
}

public static class TrapKinds
{
    public static bool TryParse(string? id, out TrapKind kind)
    {
        switch (id)
        {
            case "must_not_change": kind = TrapKind.MustNotChange; return true;
            case "native_page_furniture": kind = TrapKind.NativePageFurniture; return true;
            case "acceptable_normalization": kind = TrapKind.AcceptableNormalization; return true;
            default: kind = default; return false;
        }
    }
}
