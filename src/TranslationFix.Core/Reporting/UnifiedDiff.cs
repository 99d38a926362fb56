using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace TranslationFix.Core.Reporting;

/// <summary>
/// A unified diff of a text before and after cleaning that <c>git apply</c> and <c>patch -p1</c>
/// accept: each line keeps its own terminator (CRLF stays CRLF), a last line without one gets
/// the "\ No newline at end of file" marker, and a byte order mark stays on the first line, where
/// it is in the file. The line matching is DiffPlex's; only the hunk layout is done here, since
/// DiffPlex's renderer joins lines with LF and drops the marker.
/// </summary>
public static class UnifiedDiff
{
    private const string NoNewline = "\\ No newline at end of file\n";

    public static string Render(string original, string corrected, string path, int contextLines = 3, bool bom = false)
    {
        if (string.Equals(original, corrected, StringComparison.Ordinal)) return "";
        if (bom) { original = "\uFEFF" + original; corrected = "\uFEFF" + corrected; }
        var a = SplitKeepingEnds(original);
        var b = SplitKeepingEnds(corrected);
        var result = Differ.Instance.CreateDiffs(original, corrected, ignoreWhiteSpace: false, ignoreCase: false, new LineKeepingEndsChunker());

        var output = new StringBuilder();
        string name = path.TrimStart('/');
        output.Append("--- a/").Append(name).Append('\n').Append("+++ b/").Append(name).Append('\n');
        foreach (var hunk in Hunks(result.DiffBlocks, a.Count, b.Count, contextLines))
        {
            output.Append("@@ -").Append(Range(hunk.StartA, hunk.EndA - hunk.StartA))
                  .Append(" +").Append(Range(hunk.StartB, hunk.EndB - hunk.StartB)).Append(" @@\n");
            int i = hunk.StartA, j = hunk.StartB;
            foreach (var block in hunk.Blocks)
            {
                for (; i < block.DeleteStartA; i++, j++) Line(output, ' ', a[i]);
                for (int k = 0; k < block.DeleteCountA; k++, i++) Line(output, '-', a[i]);
                for (int k = 0; k < block.InsertCountB; k++, j++) Line(output, '+', b[j]);
            }
            for (; i < hunk.EndA; i++, j++) Line(output, ' ', a[i]);
        }
        return output.ToString();
    }

    private static void Line(StringBuilder output, char prefix, string line)
    {
        output.Append(prefix).Append(line);
        if (!line.EndsWith('\n')) output.Append('\n').Append(NoNewline);
    }

    // "start,count" with 1-based start; an empty range names the line before it, as diff(1) does.
    private static string Range(int start, int count) => count == 0 ? $"{start},0" : $"{start + 1},{count}";

    private sealed record Hunk(int StartA, int EndA, int StartB, int EndB, List<DiffBlock> Blocks);

    private static IEnumerable<Hunk> Hunks(IList<DiffBlock> blocks, int countA, int countB, int context)
    {
        Hunk? current = null;
        foreach (var block in blocks)
        {
            int startA = Math.Max(0, block.DeleteStartA - context);
            int startB = block.InsertStartB - (block.DeleteStartA - startA);
            int endA = Math.Min(countA, block.DeleteStartA + block.DeleteCountA + context);
            int endB = block.InsertStartB + block.InsertCountB + (endA - block.DeleteStartA - block.DeleteCountA);
            if (current is not null && startA <= current.EndA)
            {
                current = current with { EndA = endA, EndB = endB };
                current.Blocks.Add(block);
                continue;
            }
            if (current is not null) yield return current;
            current = new Hunk(startA, endA, startB, endB, [block]);
        }
        if (current is not null) yield return current;
        _ = countB;
    }

    private static List<string> SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int lf = text.IndexOf('\n', start);
            int end = lf < 0 ? text.Length : lf + 1;
            lines.Add(text[start..end]);
            start = end;
        }
        return lines;
    }

    /// <summary>Lines with their terminators, so "a\r\n" and "a" differ and CR survives.</summary>
    private sealed class LineKeepingEndsChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => SplitKeepingEnds(text);
    }
}
