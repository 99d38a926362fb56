using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;

namespace TranslationFix.Core.Tests.Precision;

/// <summary>
/// Keeps every shipped entry honest: a variant classed ordinary English
/// never rewrites a neutral sentence on its own, however it was written or derived.
/// </summary>
public sealed class ShippedVariantHonestyTests
{
    [Fact]
    public void OrdinaryVariants_AloneInNeutralText_AreNeverRewritten()
    {
        var engine = TranslationFixEngine.Create(new EngineOptions());
        var compiled = TranslationFixEngine.LoadGlossary(new EngineOptions());
        var risky = compiled.Variants.Where(v => v.Class == VariantClass.Ordinary).ToList();
        Assert.NotEmpty(risky);
        var rewritten = new List<string>();
        foreach (var v in risky)
        {
            string text = $"In the report, {v.Text} came up twice.";
            if (engine.Clean(text).Corrected.Text != text) rewritten.Add($"{v.Entry.Location}: '{v.Text}'");
        }
        Assert.True(rewritten.Count == 0, "rewritten without evidence:\n" + string.Join("\n", rewritten));
    }
}
