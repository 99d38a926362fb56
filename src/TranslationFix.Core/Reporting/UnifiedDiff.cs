using DiffPlex.Renderer;

namespace TranslationFix.Core.Reporting;

/// <summary>A unified diff (DiffPlex) of a text before and after cleaning.</summary>
public static class UnifiedDiff
{
    public static string Render(string original, string corrected, string path, int contextLines = 3)
    {
        if (string.Equals(original, corrected, StringComparison.Ordinal)) return "";
        // DiffPlex counts the empty piece after a final newline as a line; a unified diff does not.
        if (original.EndsWith('\n') && corrected.EndsWith('\n'))
        {
            original = original[..^1];
            corrected = corrected[..^1];
        }
        string diff = UnidiffRenderer.GenerateUnidiff(original, corrected, $"a/{path.TrimStart('/')}", $"b/{path.TrimStart('/')}",
            ignoreWhitespace: false, ignoreCase: false, contextLines: contextLines);
        return diff.EndsWith('\n') ? diff : diff + "\n";
    }
}
