using System.CommandLine;
using TranslationFix.Cli.Files;
using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Numbers;
using TranslationFix.Core.Text;

namespace TranslationFix.Cli.Commands;

/// <summary>
/// <c>--source SRC [--from LANG] [--align paragraphs|lines]</c>: the text the input was translated
/// from, so numbers can be checked against it. An input that is itself bilingual (XLIFF, TMX,
/// JSONL) carries its own source.
/// </summary>
public sealed class SourceOptions
{
    public Option<string?> Source { get; } = new("--source")
    {
        Description = "The source text FILE was translated from (plain text, paired by paragraph or line)",
    };

    public Option<string?> From { get; } = new("--from")
    {
        Description = "Source language (zh, ja, ko, es, fr, de, pt, en); default: detected from the text",
    };

    public Option<string> Align { get; } = new("--align")
    {
        Description = "How source and translation pair up: paragraphs or lines",
        DefaultValueFactory = _ => "paragraphs",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Source);
        command.Options.Add(From);
        command.Options.Add(Align);
    }

    /// <summary>True when <paramref name="path"/> is a bilingual file (its targets are what gets checked).</summary>
    public static bool IsBilingual(string path) => BilingualFormats.FromPath(path) is not null;

    /// <summary>The document to analyse for <paramref name="path"/>, with its source attached when there is one.</summary>
    public Document CreateDocument(ParseResult parse, string path, string text, string language)
    {
        string? from = parse.GetValue(From);
        if (from is not null && !NumberLanguage.IsSupported(from))
            throw new CliException($"--from: '{from}' is not one of {string.Join(", ", NumberLanguage.Supported)}");

        if (BilingualFormats.FromPath(path) is { } format)
        {
            var file = BilingualFormats.Read(text, format, path);
            WarnIfFromDisagrees(from, string.Concat(file.Segments.Take(50).Select(s => s.Source)), path);
            return Document.Create(file.TargetText, DocumentFormat.Plain, language, path).WithSource(file.ToSourceText(from));
        }

        var document = Document.Create(text, DocumentFormats.FromPath(path), language, path);
        if (parse.GetValue(Source) is not { } sourcePath) return document;
        var alignment = parse.GetValue(Align)?.ToLowerInvariant() switch
        {
            "paragraphs" or "paragraph" => AlignmentMode.Paragraphs,
            "lines" or "line" => AlignmentMode.Lines,
            var other => throw new CliException($"--align: '{other}' is not one of paragraphs, lines"),
        };
        string sourceText = InputFiles.Read(sourcePath).Text;
        WarnIfFromDisagrees(from, sourceText, sourcePath);
        return document.WithSource(new SourceText(sourceText, from, alignment));
    }

    // Scripts tell CJK languages apart from each other and from Latin ones with certainty, so a
    // --from that contradicts the script is worth a warning (it is still obeyed).
    private static void WarnIfFromDisagrees(string? from, string sourceText, string sourcePath)
    {
        if (from is null) return;
        string detected = NumberLanguage.Detect(sourceText);
        string given = from.Split('-')[0].ToLowerInvariant();
        if ((NumberLanguage.IsCjk(given) || NumberLanguage.IsCjk(detected)) && given != detected)
            Console.Error.WriteLine($"tfix: warning: --from {from}, but {sourcePath} reads as {detected}; its numbers are read as {from}");
    }
}
