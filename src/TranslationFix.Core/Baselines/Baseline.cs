using System.Text.Encodings.Web;
using System.Text.Json;
using TranslationFix.Core.Findings;

namespace TranslationFix.Core.Baselines;

/// <summary>
/// The findings a team has accepted, by file and fingerprint (see <see cref="FindingFingerprints"/>).
/// Checking against a baseline reports only findings that are not in it: a file with three
/// accepted findings of one fingerprint may keep three, and a fourth is new.
/// <code>{"version":1,"files":{"news/a.md":[{"fingerprint":"…","ruleId":"name.glossary","text":"Naixue","line":3}]}}</code>
/// Line and text are kept for people reading the file; matching uses the fingerprint only.
/// </summary>
public sealed class Baseline
{
    public const int Version = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = Parsing.InputLimits.MaxNesting,
        AllowDuplicateProperties = false,
    };

    private readonly SortedDictionary<string, List<BaselineEntry>> _files;

    private Baseline(SortedDictionary<string, List<BaselineEntry>> files) => _files = files;

    public static Baseline Empty => new(new(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, List<BaselineEntry>> Files => _files;

    public int Count => _files.Values.Sum(f => f.Count);

    /// <summary>Records every finding of a file under <paramref name="fileKey"/> (a path relative to the baseline).</summary>
    public void Add(string fileKey, string text, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return;
        var prints = FindingFingerprints.Compute(text, findings);
        if (!_files.TryGetValue(fileKey, out var entries)) _files[fileKey] = entries = [];
        for (int i = 0; i < findings.Count; i++)
            entries.Add(new BaselineEntry(prints[i], findings[i].RuleId, findings[i].Text, findings[i].Line));
    }

    /// <summary>The findings of a file that the baseline does not account for, in their order.</summary>
    public IReadOnlyList<Finding> NewFindings(string fileKey, string text, IReadOnlyList<Finding> findings)
    {
        if (!_files.TryGetValue(fileKey, out var entries) || findings.Count == 0) return findings;
        var budget = entries.GroupBy(e => e.Fingerprint, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var prints = FindingFingerprints.Compute(text, findings);
        var result = new List<Finding>();
        for (int i = 0; i < findings.Count; i++)
        {
            if (budget.TryGetValue(prints[i], out int left) && left > 0) budget[prints[i]] = left - 1;
            else result.Add(findings[i]);
        }
        return result;
    }

    public string ToJson() => JsonSerializer.Serialize(new BaselineFile(Version, _files), Json) + "\n";

    /// <summary>Reads a baseline; <paramref name="path"/> is for messages only.</summary>
    public static Baseline Parse(string json, string path)
    {
        if (Parsing.InputLimits.TooLarge(json.Length) is { } tooLarge) throw new BaselineFormatException(path, tooLarge, 1);
        // The serializer's messages name its internals ("Path: $ | LineNumber: 0 | ..."); the
        // editor needs the file's line and what was wrong: the JSON itself, or its shape.
        BaselineFile? file;
        try
        {
            file = JsonSerializer.Deserialize<BaselineFile>(json, Json);
        }
        catch (JsonException e)
        {
            throw Malformed(path, e, IsJson(json) ? "not the shape --write-baseline writes" : "not JSON");
        }
        catch (ArgumentException)
        {
            throw new BaselineFormatException(path, "not a tfix baseline: the text is not valid Unicode");
        }
        if (file is null || file.Files is null) throw new BaselineFormatException(path, "not a tfix baseline: no 'files'");
        if (file.Version != Version) throw new BaselineFormatException(path, $"baseline version {file.Version} is not supported (expected {Version})");
        var files = new SortedDictionary<string, List<BaselineEntry>>(StringComparer.Ordinal);
        foreach (var (key, entries) in file.Files)
        {
            if (entries is null || entries.Any(e => e is null || string.IsNullOrEmpty(e.Fingerprint)))
                throw new BaselineFormatException(path, $"file '{key}': every entry needs a 'fingerprint'");
            files[key] = entries;
        }
        return new Baseline(files);
    }

    // Only on the error path: is the file JSON at all, or JSON of another shape?
    private static bool IsJson(string json)
    {
        try
        {
            using (JsonDocument.Parse(json)) return true;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return false;
        }
    }

    private static BaselineFormatException Malformed(string path, JsonException e, string reason) =>
        new(path, $"not a tfix baseline ({reason}; make one with 'tfix check --write-baseline FILE')", (int)(e.LineNumber ?? 0) + 1);

    private sealed record BaselineFile(int Version, IDictionary<string, List<BaselineEntry>>? Files);
}

/// <summary>One accepted finding.</summary>
public sealed record BaselineEntry(string Fingerprint, string RuleId, string Text, int Line);
