using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using TranslationFix.Core.Baselines;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;

namespace TranslationFix.Core.Reporting;

/// <summary>
/// SARIF 2.1.0, for code-scanning tools (GitHub code scanning, Azure DevOps, IDE viewers): one run
/// whose tool driver lists <paramref name="rules"/> (the pipeline's catalogue, plus any rule a
/// finding names that the catalogue lacks), and one result per finding with its level, message,
/// location (line, column and UTF-16 offsets), the partial fingerprint the report carries for it
/// (see <see cref="FindingFingerprints"/>), and the fix where there is one. Suppressed findings, when listed, are results with
/// an in-source suppression. Paths become relative URIs with '/' separators.
/// </summary>
public sealed class SarifReporter(IReadOnlyList<RuleDescriptor> rules) : IReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/translationfix/translationfix";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(IReadOnlyList<FileReport> files, TextWriter output)
    {
        var catalogue = rules
            .Concat(files.SelectMany(f => f.Findings.Concat(f.Suppressed)).Select(f => f.Rule))
            .DistinctBy(r => r.Id)
            .ToList();
        var index = catalogue.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, catalogue);
            json.WriteStartArray("results");
            foreach (var file in files)
            {
                string uri = ToUri(file.Path);
                foreach (var f in file.Findings)
                    WriteResult(json, f, uri, index[f.RuleId], file.Fingerprints.GetValueOrDefault(f), suppressed: false);
                foreach (var f in file.Suppressed)
                    WriteResult(json, f, uri, index[f.RuleId], file.Fingerprints.GetValueOrDefault(f), suppressed: true);
            }
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> catalogue)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "tfix");
        json.WriteString("fullName", "TranslationFix");
        json.WriteString("semanticVersion", ToolVersion());
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in catalogue)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", PascalName(rule.Id));
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", rule.Description);
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Description} See {rule.HelpUri}");
            json.WriteString("markdown", $"**{rule.Title}** (`{rule.Id}`)\n\n{rule.Description}\n\n[Documentation]({rule.HelpUri})");
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding f, string uri, int ruleIndex, string? fingerprint, bool suppressed)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", f.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(f.Severity));
        WriteMessage(json, "message", f.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, uri);
        WriteRegion(json, "region", f, snippet: true);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (fingerprint is not null)
        {
            json.WriteStartObject("partialFingerprints");
            json.WriteString(FindingFingerprints.SarifKey, fingerprint);
            json.WriteEndObject();
        }
        if (f.Replacement is not null)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            WriteMessage(json, "description", $"Replace '{f.Text}' with '{f.Replacement}'");
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, uri);
            json.WriteStartArray("replacements");
            json.WriteStartObject();
            WriteRegion(json, "deletedRegion", f, snippet: false);
            json.WriteStartObject("insertedContent");
            json.WriteString("text", f.Replacement);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        if (suppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, Finding f, bool snippet)
    {
        var (endLine, endColumn) = FindingEnd.Of(f);
        json.WriteStartObject(name);
        json.WriteNumber("startLine", f.Line);
        json.WriteNumber("startColumn", f.Column);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        json.WriteNumber("charOffset", f.Span.Start);
        json.WriteNumber("charLength", f.Span.Length);
        if (snippet)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", f.Text);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string uri)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative path becomes a relative URI ("news/a%20b.md"); an absolute one a file URI; stdin "stdin".</summary>
    public static string ToUri(string path)
    {
        if (path == "-") return "stdin";
        if (Path.IsPathFullyQualified(path)) return new Uri(path).AbsoluteUri;
        var segments = path.Replace('\\', '/').Split('/').Where(s => s is not ("" or ".")).Select(Uri.EscapeDataString);
        return string.Join('/', segments);
    }

    // "name.glossary" -> "NameGlossary": SARIF's rule name is an identifier-like label.
    private static string PascalName(string id) => string.Concat(id.Split('.', '-', '_')
        .Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static string ToolVersion()
    {
        string v = typeof(SarifReporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = v.IndexOf('+');
        return plus < 0 ? v : v[..plus];
    }
}
