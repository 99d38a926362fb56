using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Spectre.Console;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Reporting;

namespace TranslationFix.Cli.Output;

/// <summary>
/// Shows a result's changes: a unified diff when output goes to a file or pipe, and a word-level
/// coloured diff (DiffPlex + Spectre.Console) on a terminal.
/// </summary>
public static class DiffPrinter
{
    /// <param name="bom">the file starts with a byte order mark: the patch carries it on line 1, so it applies.</param>
    public static void Print(Result result, string path, bool bom = false)
    {
        if (Console.IsOutputRedirected || Environment.GetEnvironmentVariable("NO_COLOR") is not null)
            Console.Out.Write(UnifiedDiff.Render(result.Original.Text, result.Corrected.Text, path, bom: bom));
        else
            PrintWords(result, path);
    }

    private static void PrintWords(Result result, string path)
    {
        var lines = InlineDiffBuilder.Diff(result.Original.Text, result.Corrected.Text, ignoreWhiteSpace: false).Lines;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(path)}[/]: {result.AppliedFixes.Count} fixes");
        // Pair each run of deleted lines with the inserted lines that follow it, and show the
        // pair as one line with the changed words marked.
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Deleted) continue;
            int d = i;
            while (i < lines.Count && lines[i].Type == ChangeType.Deleted) i++;
            int ins = i;
            while (i < lines.Count && lines[i].Type == ChangeType.Inserted) i++;
            string oldText = string.Join("\n", lines.Skip(d).Take(ins - d).Select(l => l.Text));
            string newText = string.Join("\n", lines.Skip(ins).Take(i - ins).Select(l => l.Text));
            AnsiConsole.MarkupLine($"[grey]{lines[d].Position ?? d + 1,5}[/] {WordMarkup(oldText, newText)}");
            i--;
        }
    }

    private static string WordMarkup(string oldText, string newText)
    {
        var diff = Differ.Instance.CreateDiffs(oldText, newText, false, false, new WordChunker());
        var markup = new System.Text.StringBuilder();
        int a = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++) markup.Append(Markup.Escape(diff.PiecesOld[a]));
            if (block.DeleteCountA > 0)
                markup.Append("[red strikethrough]").Append(Markup.Escape(string.Concat(diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA)))).Append("[/]");
            if (block.InsertCountB > 0)
                markup.Append("[green]").Append(Markup.Escape(string.Concat(diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB)))).Append("[/]");
            a = block.DeleteStartA + block.DeleteCountA;
        }
        for (; a < diff.PiecesOld.Count; a++) markup.Append(Markup.Escape(diff.PiecesOld[a]));
        return markup.ToString();
    }
}
