using System.Globalization;
using System.Text.Json;
using System.Text.Encodings.Web;

namespace TranslationFix.Core.Evaluation;

/// <summary>
/// The human report of an evaluation: MT recall by kind (high and medium confidence apart), then
/// the controls (files unchanged, false edits by class, traps surviving, flags on traps by rule,
/// idempotence). Verbose adds each miss, each false edit and each flag on a trap.
/// </summary>
public static class EvaluationTextReport
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(EvaluationResult result, TextWriter output, bool verbose)
    {
        if (result.Mt.Count > 0) WriteMt(result, output, verbose);
        if (result.Clean.Count > 0) WriteClean(result, output, verbose);
    }

    private static void WriteMt(EvaluationResult result, TextWriter output, bool verbose)
    {
        var recall = result.RecallByKind;
        output.WriteLine($"mt: {result.Mt.Count} files, {recall.Sum(r => r.Total)} annotations; recall by kind:");
        foreach (var r in recall)
            output.WriteLine($"  {r.Kind,-12} {r.Fixed,4}/{r.Total,-4} {Percent(r.Fixed, r.Total),6}   high {r.HighFixed}/{r.HighTotal}   medium {r.MediumFixed}/{r.MediumTotal}");
        int fixedAll = recall.Sum(r => r.Fixed), total = recall.Sum(r => r.Total);
        output.WriteLine($"  {"all",-12} {fixedAll,4}/{total,-4} {Percent(fixedAll, total),6}   high {recall.Sum(r => r.HighFixed)}/{recall.Sum(r => r.HighTotal)}   medium {recall.Sum(r => r.MediumFixed)}/{recall.Sum(r => r.MediumTotal)}");
        output.WriteLine($"  idempotent {result.Mt.Count(f => f.Idempotent)}/{result.Mt.Count}");
        if (!verbose) return;
        foreach (var miss in result.Misses)
        {
            var a = miss.Annotation;
            output.WriteLine($"  miss {miss.File} {a.Kind}/{a.Confidence} {Quote(a.Wrong)} → {Quote(a.Right)} | output: {Quote(miss.OutputContext)}");
        }
        foreach (var file in result.Mt.Where(f => !f.Idempotent)) output.WriteLine($"  not idempotent: {file.Name}");
    }

    private static void WriteClean(EvaluationResult result, TextWriter output, bool verbose)
    {
        int files = result.Clean.Count, traps = result.MustNotChangeTraps, broken = result.BrokenTraps;
        output.WriteLine($"clean: {files} files");
        output.WriteLine($"  unchanged {result.UnchangedControls}/{files}");
        output.WriteLine($"  false edits {result.FalseEdits.Count()} (trap {result.FalseEditsOf(FalseEditClass.Trap)}, furniture {result.FalseEditsOf(FalseEditClass.Furniture)}, untrapped {result.FalseEditsOf(FalseEditClass.Untrapped)})");
        output.WriteLine($"  must_not_change traps surviving {traps - broken}/{traps} ({broken} broken)");
        var byRule = result.FlagsByRule;
        output.WriteLine($"  flags on traps {result.Flags.Count()}" + (byRule.Count == 0 ? "" : $" ({string.Join(", ", byRule.Select(p => $"{p.Key} {p.Value}"))})"));
        output.WriteLine($"  idempotent {result.Clean.Count(f => f.Idempotent)}/{files}");
        if (!verbose) return;
        foreach (var edit in result.FalseEdits)
            output.WriteLine($"  edit {edit.File}:{edit.Line}:{edit.Column} [{ClassId(edit.Class)}] {Quote(edit.Original)} → {Quote(edit.Replacement)} in {Quote(edit.Context)}");
        foreach (var flag in result.Flags)
            output.WriteLine($"  flag {flag.File}:{flag.Finding.Line}:{flag.Finding.Column} {flag.Finding.RuleId} {Quote(flag.Finding.Text)} on trap {Quote(flag.Trap.Text)}");
        foreach (var file in result.Clean.Where(f => !f.Idempotent)) output.WriteLine($"  not idempotent: {file.Name}");
    }

    public static string ClassId(FalseEditClass kind) => kind switch
    {
        FalseEditClass.Trap => "trap",
        FalseEditClass.Furniture => "furniture",
        _ => "untrapped",
    };

    // A JSON string literal: quotes and visible escapes for newlines and tabs.
    private static string Quote(string text) => JsonSerializer.Serialize(text, Quoting);

    private static string Percent(int part, int whole) =>
        (100.0 * part / Math.Max(1, whole)).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
