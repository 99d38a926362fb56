using System.Text;

namespace TranslationFix.Benchmarks.Synthetic;

/// <summary>
/// Writes what benchmarks/linearity.sh times: the same article text in different shapes, with MT
/// artifacts sprinkled in so every check has findings and fixes (a few per line):
/// DIR/lines.txt (MB megabytes in lines of about 250 characters), DIR/one-line.txt (the same
/// text with its line breaks made spaces), DIR/lines-x4.txt (four times as much, in lines) and
/// DIR/tiny.txt (one line, to subtract start-up), plus DIR/glossary.yaml (ENTRIES entries).
/// </summary>
public static class ShapeGenerator
{
    // Artifacts the default pipeline fixes or flags; a doubled-word chain among them.
    private static readonly string[] Artifacts =
        ["the the", "to to to", "said ,", "growth..", "funding，", "market ;", "a  new"];

    public static int Run(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: shapes DIR [MB=5] [ENTRIES=10000]"); return 2; }
        string dir = args[0];
        int megabytes = args.Length > 1 ? int.Parse(args[1]) : 5;
        int entries = args.Length > 2 ? int.Parse(args[2]) : 10_000;
        Directory.CreateDirectory(dir);

        string lines = Lines(megabytes * 1_000_000, entries, seed: 1);
        string fourTimes = Lines(4 * megabytes * 1_000_000, entries, seed: 2);
        Write(dir, "lines.txt", lines);
        Write(dir, "one-line.txt", lines.Replace('\n', ' '));
        Write(dir, "lines-x4.txt", fourTimes);
        Write(dir, "tiny.txt", "The the company said ,it would grow.\n");
        File.WriteAllText(Path.Combine(dir, "glossary.yaml"), CorpusGenerator.GlossaryYaml(entries));
        Console.WriteLine($"wrote {lines.Length / 1e6:0.0} MB in {lines.Count(c => c == '\n')} lines, as one line, and {fourTimes.Length / 1e6:0.0} MB in lines, to {dir}");
        return 0;
    }

    // Article text without its paragraph breaks, re-broken into lines of about 250 characters,
    // with an artifact after every ~12 words.
    private static string Lines(int chars, int entries, int seed)
    {
        var random = new Random(seed);
        string[] words = SyntheticData.Text(chars, entries, seed).Replace("\n", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = new StringBuilder(chars + 1024);
        int lineStart = 0;
        for (int i = 0; text.Length < chars; i++)
        {
            text.Append(words[i % words.Length]);
            if (random.Next(12) == 0) text.Append(' ').Append(Artifacts[random.Next(Artifacts.Length)]);
            if (text.Length - lineStart >= 250) { text.Append('\n'); lineStart = text.Length; }
            else text.Append(' ');
        }
        return text.Append('\n').ToString();
    }

    private static void Write(string dir, string name, string text) =>
        File.WriteAllText(Path.Combine(dir, name), text, new UTF8Encoding(false));
}
