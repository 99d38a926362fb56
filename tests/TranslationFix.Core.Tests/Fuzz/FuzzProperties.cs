using FsCheck;
using FsCheck.Fluent;
using TranslationFix.Core.Baselines;
using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Configuration;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;
using TranslationFix.Core.Glossary.Formats;
using TranslationFix.Core.Tests.Support;
using TranslationFix.Core.Text;
using TranslationFix.Fuzz;
using GlossaryModel = TranslationFix.Core.Glossary.Glossary;

namespace TranslationFix.Core.Tests.Fuzz;

/// <summary>
/// Random documents, glossaries and data files: no exception escapes but the reader's own
/// format error, every finding points at the text it quotes, nothing outside the fix spans
/// changes, and fixing a fixed text changes nothing (or the engine says which rule would not settle).
/// TFIX_FUZZ_COUNT=N runs N cases per property (docs/reliability.md).
/// </summary>
public sealed class FuzzProperties
{
    [Fact]
    public void Engine_RandomGlossaryAndDocument_FixesAreExactAndStable() =>
        Check.One(FuzzInputs.Config(60), Prop.ForAll(Arb.From(from yaml in FuzzInputs.GlossaryYaml from text in FuzzInputs.Document select (yaml, text)), input =>
        {
            GlossaryModel glossary;
            try { glossary = GlossaryLoader.Parse(input.yaml, "fuzz.yaml", "zh-en"); }
            catch (GlossaryFormatException) { glossary = new GlossaryModel([], []); }
            var engine = TranslationFixEngine.Create(new EngineOptions { UseBuiltInGlossaries = false, Glossaries = [glossary] });
            AssertSound(engine, input.text);
        }));

    [Fact]
    public void Engine_ShippedGlossaries_RandomDocument_FixesAreExactAndStable() =>
        Check.One(FuzzInputs.Config(60), Prop.ForAll(Arb.From(FuzzInputs.Document), text => AssertSound(TestEngine.Default, text)));

    [Fact]
    public void Readers_RandomBilingualFile_ReadOrFormatErrorAndTargetsClean() =>
        Check.One(FuzzInputs.Config(60), Prop.ForAll(Arb.From(FuzzInputs.BilingualFile), file =>
        {
            BilingualFile read;
            try { read = BilingualFormats.Read(file.Text, BilingualFormats.FromPath(file.Name)!.Value, file.Name); }
            catch (BilingualFormatException e) { AssertOneLine(e.Message, file.Name); return; }
            AssertSound(TestEngine.Default, read.TargetText, checkStability: false);
        }));

    [Fact]
    public void Readers_RandomGlossaryYaml_LoadsOrFormatError() =>
        Check.One(FuzzInputs.Config(150), Prop.ForAll(Arb.From(FuzzInputs.GlossaryYaml), yaml =>
        {
            try { GlossaryLoader.Parse(yaml, "fuzz.yaml"); }
            catch (GlossaryFormatException e) { AssertOneLine(e.Message, "fuzz.yaml:"); }
        }));

    private const string Config = "root: true\nlanguage: en\npairs: [zh-en]\nrules: { punct: off, name.glossary: error }\nstyle: { currency: auto }\ninclude: [\"**/*.md\"]\nexclude: [drafts/, \"*.bak.md\"]\nfail_on: warning\n";
    private const string Csv = "canonical,source,type,variants\nNayuki,奈雪的茶,organization,\"Naixue's tea; Nai Xue\"\nlarge model,,term,big model\n";
    private const string BaselineJson = "{\"version\":1,\"files\":{\"a.md\":[{\"fingerprint\":\"f\",\"ruleId\":\"x\",\"text\":\"t\",\"line\":1}]}}";

    [Fact]
    public void Readers_MutatedConfigCsvAndBaseline_ReadOrFormatError() =>
        Check.One(FuzzInputs.Config(150), Prop.ForAll(Arb.From(
            from config in FuzzInputs.Mutate(Config) from csv in FuzzInputs.Mutate(Csv) from baseline in FuzzInputs.Mutate(BaselineJson)
            select (config, csv, baseline)), input =>
        {
            try { ConfigLoader.Parse(input.config, "tfix.yaml"); } catch (ConfigFormatException e) { AssertOneLine(e.Message, "tfix.yaml:"); }
            try { GlossaryCsvReader.Read(input.csv, "g.csv"); } catch (GlossaryFormatException e) { AssertOneLine(e.Message, "g.csv:"); }
            try { Baseline.Parse(input.baseline, "b.json"); } catch (BaselineFormatException e) { AssertOneLine(e.Message, "b.json"); }
        }));

    /// <summary>The fix loop's promises, checked on one text.</summary>
    internal static void AssertSound(TranslationFixEngine engine, string text, bool checkStability = true)
    {
        var result = engine.Clean(text);

        // Every finding quotes the text at its span; replaying the passes from the original,
        // changing only the fix spans, gives the corrected text.
        foreach (var f in result.Findings) Assert.Equal(text.Substring(f.Span.Start, f.Span.Length), f.Text);
        string current = text;
        foreach (var pass in result.AppliedFixes.GroupBy(a => a.Pass).OrderBy(g => g.Key))
        {
            var fixes = pass.Select(a => a.Finding).OrderBy(f => f.Span.Start).ToList();
            var next = new System.Text.StringBuilder();
            int last = 0;
            foreach (var f in fixes)
            {
                Assert.True(f.Span.Start >= last, "fixes of one pass overlap");
                Assert.Equal(current.Substring(f.Span.Start, f.Span.Length), f.Text);
                next.Append(current, last, f.Span.Start - last).Append(f.Replacement);
                last = f.Span.End;
            }
            current = next.Append(current, last, current.Length - last).ToString();
        }
        Assert.Equal(current, result.Corrected.Text);

        if (!checkStability || result.Remaining.Any(f => f.RuleId == FixedPointGuard.NoFixedPointRule.Id)) return;
        string again = engine.Clean(result.Corrected.Text).Corrected.Text;
        Assert.True(again == result.Corrected.Text, $"not idempotent:\n  input: {Show(text)}\n  once:  {Show(result.Corrected.Text)}\n  twice: {Show(again)}");
    }

    private static void AssertOneLine(string message, string start)
    {
        Assert.StartsWith(start, message);
        Assert.DoesNotContain('\n', message);
    }

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
