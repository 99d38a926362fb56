using TranslationFix.Core.Findings;

namespace TranslationFix.Core.Reporting;

/// <summary>Where a finding ends (1-based line, and the column just past its last character), from its text.</summary>
internal static class FindingEnd
{
    public static (int Line, int Column) Of(Finding f)
    {
        string t = f.Text;
        int lastBreak = t.LastIndexOfAny(['\n', '\r']);
        if (lastBreak < 0) return (f.Line, f.Column + t.Length);
        int breaks = 0;
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i] == '\n' || (t[i] == '\r' && (i + 1 >= t.Length || t[i + 1] != '\n'))) breaks++;
        }
        return (f.Line + breaks, t.Length - lastBreak);
    }
}
