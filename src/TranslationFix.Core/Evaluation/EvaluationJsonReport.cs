using System.Text.Encodings.Web;
using System.Text.Json;

namespace TranslationFix.Core.Evaluation;

/// <summary>
/// The machine report of an evaluation, one JSON object:
/// <c>{"version":1,"mt":{files, annotations, recall:[{kind, fixed, total, high:{fixed,total},
/// medium:{fixed,total}}], idempotent, misses:[…]},"clean":{files, unchanged, falseEdits:{total,
/// trap, furniture, untrapped}, mustNotChange:{traps, surviving}, flagsOnTraps:{total, byRule},
/// idempotent, edits:[…], flags:[…]}}</c>. A section is null when its set was not given. The lists
/// of misses, edits and flags are always there (a script wants them; only the text report hides them).
/// </summary>
public static class EvaluationJsonReport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(EvaluationResult result, TextWriter output, bool mtGiven, bool cleanGiven)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WritePropertyName("mt");
            if (mtGiven) WriteMt(json, result); else json.WriteNullValue();
            json.WritePropertyName("clean");
            if (cleanGiven) WriteClean(json, result); else json.WriteNullValue();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    private static void WriteMt(Utf8JsonWriter json, EvaluationResult result)
    {
        var recall = result.RecallByKind;
        json.WriteStartObject();
        json.WriteNumber("files", result.Mt.Count);
        json.WriteNumber("annotations", recall.Sum(r => r.Total));
        json.WriteStartArray("recall");
        foreach (var r in recall)
        {
            json.WriteStartObject();
            json.WriteString("kind", r.Kind);
            json.WriteNumber("fixed", r.Fixed);
            json.WriteNumber("total", r.Total);
            WriteCount(json, "high", r.HighFixed, r.HighTotal);
            WriteCount(json, "medium", r.MediumFixed, r.MediumTotal);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("idempotent", result.Mt.Count(f => f.Idempotent));
        json.WriteStartArray("misses");
        foreach (var miss in result.Misses)
        {
            json.WriteStartObject();
            json.WriteString("file", miss.File);
            json.WriteNumber("line", miss.Annotation.Line);   // of the entry in the errors file
            json.WriteString("kind", miss.Annotation.Kind);
            json.WriteString("confidence", miss.Annotation.Confidence);
            json.WriteString("wrong", miss.Annotation.Wrong);
            json.WriteString("right", miss.Annotation.Right);
            json.WriteString("output", miss.OutputContext);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteClean(Utf8JsonWriter json, EvaluationResult result)
    {
        json.WriteStartObject();
        json.WriteNumber("files", result.Clean.Count);
        json.WriteNumber("unchanged", result.UnchangedControls);
        json.WriteStartObject("falseEdits");
        json.WriteNumber("total", result.FalseEdits.Count());
        foreach (var kind in Enum.GetValues<FalseEditClass>()) json.WriteNumber(EvaluationTextReport.ClassId(kind), result.FalseEditsOf(kind));
        json.WriteEndObject();
        json.WriteStartObject("mustNotChange");
        json.WriteNumber("traps", result.MustNotChangeTraps);
        json.WriteNumber("surviving", result.MustNotChangeTraps - result.BrokenTraps);
        json.WriteEndObject();
        json.WriteStartObject("flagsOnTraps");
        json.WriteNumber("total", result.Flags.Count());
        json.WriteStartObject("byRule");
        foreach (var (rule, count) in result.FlagsByRule) json.WriteNumber(rule, count);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteNumber("idempotent", result.Clean.Count(f => f.Idempotent));
        json.WriteStartArray("edits");
        foreach (var edit in result.FalseEdits)
        {
            json.WriteStartObject();
            json.WriteString("file", edit.File);
            json.WriteString("class", EvaluationTextReport.ClassId(edit.Class));
            json.WriteNumber("line", edit.Line);
            json.WriteNumber("column", edit.Column);
            json.WriteString("original", edit.Original);
            json.WriteString("replacement", edit.Replacement);
            json.WriteString("context", edit.Context);
            json.WriteStartArray("traps");
            foreach (var trap in edit.Traps) json.WriteStringValue(trap.Text);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("flags");
        foreach (var flag in result.Flags)
        {
            json.WriteStartObject();
            json.WriteString("file", flag.File);
            json.WriteString("ruleId", flag.Finding.RuleId);
            json.WriteNumber("line", flag.Finding.Line);
            json.WriteNumber("column", flag.Finding.Column);
            json.WriteString("text", flag.Finding.Text);
            json.WriteString("trap", flag.Trap.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter json, string name, int fixedCount, int total)
    {
        json.WriteStartObject(name);
        json.WriteNumber("fixed", fixedCount);
        json.WriteNumber("total", total);
        json.WriteEndObject();
    }
}
