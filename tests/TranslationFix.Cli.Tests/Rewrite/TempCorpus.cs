using System.CommandLine;
using System.Text;
using TranslationFix.Cli.Commands;

namespace TranslationFix.Cli.Tests.Rewrite;

/// <summary>A throw-away folder with a small glossary, and a way to run <c>tfix rewrite</c> in-process against it.</summary>
public sealed class TempCorpus : IDisposable
{
    public const string GlossaryYaml = """
        - canonical: Nayuki
          source: 奈雪的茶
          type: organization
          variants: ["Naixue's tea", "Nai Xue's tea"]
        - canonical: large model
          type: term
          variants: ["big model"]
        """;

    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "tfix-rewrite-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        GlossaryPath = Write("glossary.yaml", GlossaryYaml);
    }

    public string Root { get; }
    public string GlossaryPath { get; }
    public string Corpus => Path.Combine(Root, "corpus");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Article-like files, some with glossary variants, in nested folders.</summary>
    public void WriteArticles(int count)
    {
        for (int i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            for (int p = 0; p < 1 + i % 4; p++)
            {
                text.Append($"Paragraph {p} of story {i}. ");
                if ((i + p) % 3 == 0) text.Append("Naixue's tea opened a new store. ");
                if ((i + p) % 5 == 0) text.Append("The big model race goes on. ");
                text.Append("Nothing else happened.\n\n");
            }
            Write($"corpus/{i % 7}/story-{i:D3}.{(i % 2 == 0 ? "txt" : "md")}", text.ToString());
        }
    }

    /// <summary>Every file under <paramref name="relative"/>: relative path → bytes.</summary>
    public SortedDictionary<string, byte[]> Snapshot(string relative)
    {
        string root = PathOf(relative);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(root, f)] = File.ReadAllBytes(f);
        return files;
    }

    /// <summary>Runs <c>tfix rewrite ARGS -g glossary --no-builtin-glossaries</c> with the corpus folder as the working base.</summary>
    public (int Exit, string Output) Rewrite(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(RewriteCommand.Create());
        string[] all = ["rewrite", .. args.Select(a => a.StartsWith('@') ? PathOf(a[1..]) : a), "-g", GlossaryPath, "--no-builtin-glossaries"];
        var parse = root.Parse(all);
        if (parse.Errors.Count > 0) return (ExitCodes.BadInput, parse.Errors[0].Message);
        var output = new StringWriter();
        try
        {
            int exit = parse.Invoke(new InvocationConfiguration { Output = output, Error = output, EnableDefaultExceptionHandler = false });
            return (exit, output.ToString());
        }
        catch (CliException e)
        {
            return (ExitCodes.BadInput, e.Message);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Base of the tests that need a fresh <see cref="TempCorpus"/> each: xunit makes one instance per test.</summary>
public abstract class TempCorpusTests : IDisposable
{
    protected TempCorpus Dir { get; } = new();

    public void Dispose() => Dir.Dispose();
}
