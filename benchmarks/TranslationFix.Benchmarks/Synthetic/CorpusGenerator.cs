using System.Text;

namespace TranslationFix.Benchmarks.Synthetic;

/// <summary>
/// Writes what benchmarks/compare.sh times: DIR/corpus/NN/article-NNNNN.txt (2–30 KB each, MB
/// megabytes in all), DIR/glossary.yaml (tfix) and DIR/prh.yml (the same entries for textlint-rule-prh).
/// </summary>
public static class CorpusGenerator
{
    public static int Run(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: generate DIR [MB=50] [ENTRIES=10000]"); return 2; }
        string dir = args[0];
        int megabytes = args.Length > 1 ? int.Parse(args[1]) : 50;
        int entries = args.Length > 2 ? int.Parse(args[2]) : 10_000;

        Directory.CreateDirectory(dir);
        var prh = new StringBuilder("version: 1\nrules:\n");
        for (int i = 0; i < entries; i++)
        {
            var (canonical, variants) = SyntheticData.Entry(i);
            prh.Append($"  - expected: {Quote(canonical)}\n    patterns:\n");
            foreach (var v in variants) prh.Append($"      - {Quote(v)}\n");
        }
        File.WriteAllText(Path.Combine(dir, "glossary.yaml"), GlossaryYaml(entries));
        File.WriteAllText(Path.Combine(dir, "prh.yml"), prh.ToString());

        var random = new Random(42);
        long total = 0, target = megabytes * 1_000_000L;
        for (int n = 0; total < target; n++)
        {
            string text = SyntheticData.Text(random.Next(2_000, 30_000), entries, seed: n);
            string path = Path.Combine(dir, "corpus", (n % 100).ToString("D2"), $"article-{n:D5}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(path, bytes);
            total += bytes.Length;
        }
        Console.WriteLine($"generated {total / 1e6:0.0} MB of articles and {entries} glossary entries in {dir}");
        return 0;
    }

    /// <summary>The tfix glossary of <see cref="SyntheticData.Entry"/> 0 to entries - 1, as YAML.</summary>
    public static string GlossaryYaml(int entries)
    {
        var yaml = new StringBuilder();
        for (int i = 0; i < entries; i++)
        {
            var (canonical, variants) = SyntheticData.Entry(i);
            yaml.Append($"- canonical: {Quote(canonical)}\n  type: organization\n  derive: false\n  variants: [{string.Join(", ", variants.Select(Quote))}]\n");
        }
        return yaml.ToString();
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
