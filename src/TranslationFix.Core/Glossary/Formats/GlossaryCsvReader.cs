using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TranslationFix.Core.Parsing;

namespace TranslationFix.Core.Glossary.Formats;

/// <summary>
/// Imports a spreadsheet glossary (CSV, or TSV with <paramref name="delimiter"/> '\t'): a header row
/// naming the columns canonical (required), source, type, variants, action, context; list cells
/// separate their items with ';' or '|'. Strict: an unbalanced quote, a row with more cells than the
/// header, and a column named twice are errors naming the file and line.
/// </summary>
public static class GlossaryCsvReader
{
    private static readonly string[] Columns = ["canonical", "source", "type", "variants", "action", "context"];

    public static Glossary Read(string text, string path, string delimiter = ",")
    {
        try
        {
            return ReadRows(text, path, delimiter);
        }
        catch (CsvHelperException e) when (e.InnerException is not GlossaryFormatException)
        {
            throw new GlossaryFormatException(path, e.Context?.Parser?.RawRow ?? 1, e.Message.Split('\n')[0].Trim());
        }
        catch (CsvHelperException e) when (e.InnerException is GlossaryFormatException inner)
        {
            throw inner;
        }
    }

    private static Glossary ReadRows(string text, string path, string delimiter)
    {
        int recordLine = 1;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            TrimOptions = TrimOptions.Trim,
            // Strict: a stray quote (one never closed swallows the rows after it) is an error, not data.
            LineBreakInQuotedFieldIsBadData = true,
            // Named by the line the bad record starts on (the parser may have read past it).
            BadDataFound = args => throw new GlossaryFormatException(path, recordLine,
                $"unbalanced quote in '{Clip(args.RawRecord.TrimEnd('\r', '\n'))}' (write a quote inside a quoted cell as \"\")"),
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        if (InputLimits.TooLarge(text.Length) is { } tooLarge) throw new GlossaryFormatException(path, 1, tooLarge);
        using var csv = new CsvReader(new StringReader(text), config);
        if (!csv.Read() || !csv.ReadHeader()) throw new GlossaryFormatException(path, 1, "empty file: a header row is needed (canonical, source, type, variants, ...)");
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        foreach (var h in header)
        {
            if (!Columns.Contains(h)) throw new GlossaryFormatException(path, 1, $"unknown column '{h}' (allowed: {string.Join(", ", Columns)})");
        }
        if (header.GroupBy(h => h).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new GlossaryFormatException(path, 1, $"column '{twice.Key}' appears twice in the header");
        if (!header.Contains("canonical")) throw new GlossaryFormatException(path, 1, "a 'canonical' column is needed");

        var entries = new List<GlossaryEntry>();
        while (NextRecord())
        {
            int line = csv.Parser.RawRow;
            if (csv.Parser.Count > header.Length)
                throw new GlossaryFormatException(path, line, $"{csv.Parser.Count} cells, but the header names {header.Length} columns (quote a cell that holds '{delimiter}')");
            string? Cell(string column) => Array.IndexOf(header, column) is int i and >= 0 && i < csv.Parser.Count
                ? csv.GetField(i) is { Length: > 0 } v ? v : null : null;
            var canonical = Cell("canonical");
            if (canonical is null)
            {
                if (Enumerable.Range(0, csv.Parser.Count).All(i => string.IsNullOrWhiteSpace(csv.GetField(i)))) continue;
                throw new GlossaryFormatException(path, line, "'canonical' is empty");
            }
            string type = Cell("type") ?? "term";
            if (!GlossaryLoader.Types.Contains(type)) throw new GlossaryFormatException(path, line, $"unknown type '{type}' (expected one of {string.Join(", ", GlossaryLoader.Types)})");
            var action = Cell("action") switch
            {
                null or "fix" => GlossaryAction.Fix,
                "flag" => GlossaryAction.Flag,
                var other => throw new GlossaryFormatException(path, line, $"'action' must be fix or flag, not '{other}'"),
            };
            entries.Add(new GlossaryEntry
            {
                Canonical = canonical,
                Source = Cell("source"),
                Type = type,
                Variants = SplitList(Cell("variants")),
                Action = action,
                Context = SplitList(Cell("context")),
                Location = new SourceLocation(path, line),
            });
        }
        return new Glossary(entries, []);

        bool NextRecord()
        {
            recordLine = csv.Parser.RawRow + 1;
            return csv.Read();
        }
    }

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static IReadOnlyList<string> SplitList(string? cell) =>
        cell is null ? [] : [.. cell.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
