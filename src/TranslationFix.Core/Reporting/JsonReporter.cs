using System.Text.Encodings.Web;
using System.Text.Json;
using TranslationFix.Core.Findings;
using TranslationFix.Core.Rules;

namespace TranslationFix.Core.Reporting;

/// <summary>
/// The JSON report of DESIGN.md: <c>{"version":1,"files":[{"path","findings":[{ruleId, severity,
/// message, line, column, start, length, text, replacement}]}]}</c>. Offsets count UTF-16 code
/// units of the decoded text; <c>replacement</c> is null for a flag.
/// </summary>
public sealed class JsonReporter : IReporter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(IReadOnlyList<FileReport> files, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                WriteFindings(json, "findings", file.Findings);
                // Only with --show-suppressed: findings an inline comment switched off.
                if (file.Suppressed.Count > 0) WriteFindings(json, "suppressed", file.Suppressed);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    /// <summary>A named array of findings in the report's shape (also one per record of <c>tfix stream</c>).</summary>
    public static void WriteFindings(Utf8JsonWriter json, string name, IReadOnlyList<Finding> findings)
    {
        json.WriteStartArray(name);
        foreach (var f in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", f.RuleId);
            json.WriteString("severity", f.Severity.ToId());
            json.WriteString("message", f.Message);
            json.WriteNumber("line", f.Line);
            json.WriteNumber("column", f.Column);
            json.WriteNumber("start", f.Span.Start);
            json.WriteNumber("length", f.Span.Length);
            json.WriteString("text", f.Text);
            if (f.Replacement is null) json.WriteNull("replacement");
            else json.WriteString("replacement", f.Replacement);
            if (f.Origin is not null) json.WriteString("origin", f.Origin);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
