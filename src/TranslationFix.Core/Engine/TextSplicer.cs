using System.Text;
using TranslationFix.Core.Findings;

namespace TranslationFix.Core.Engine;

/// <summary>Applies non-overlapping fixes, copying the text between them exactly as it is.</summary>
public static class TextSplicer
{
    public static string Apply(string text, IReadOnlyList<Finding> sortedFixes)
    {
        var builder = new StringBuilder(text.Length + 64);
        int last = 0;
        foreach (var fix in sortedFixes)
        {
            if (fix.Span.Start < last) throw new InvalidOperationException("fixes overlap");
            builder.Append(text, last, fix.Span.Start - last);
            builder.Append(fix.Replacement);
            last = fix.Span.End;
        }
        builder.Append(text, last, text.Length - last);
        return builder.ToString();
    }
}
