using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace TranslationFix.Core.Glossary.Formats;

/// <summary>
/// Imports a spreadsheet glossary (CSV, or TSV with <paramref name="delimiter"/> '\t'): a header row
/// naming the columns canonical (required), source, type, variants, action, context; list cells
/// separate their items with ';' or '|'. Errors name the file and line.
/// </summary>
public static class GlossaryCsvReader
{
    private static readonly string[] Columns = ["canonical", "source", "type", "variants", "action", "context"];

    public static Glossary Read(string text, string path, string delimiter = ",")
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var csv = new CsvReader(new StringReader(text), config);
        if (!csv.Read() || !csv.ReadHeader()) throw new GlossaryFormatException(path, 1, "empty file: a header row is needed (canonical, source, type, variants, ...)");
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        foreach (var h in header)
        {
            if (!Columns.Contains(h)) throw new GlossaryFormatException(path, 1, $"unknown column '{h}' (allowed: {string.Join(", ", Columns)})");
        }
        if (!header.Contains("canonical")) throw new GlossaryFormatException(path, 1, "a 'canonical' column is needed");

        var entries = new List<GlossaryEntry>();
        while (csv.Read())
        {
            int line = csv.Parser.Row;
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
    }

    private static IReadOnlyList<string> SplitList(string? cell) =>
        cell is null ? [] : [.. cell.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
