using TranslationFix.Core.Engine;
using TranslationFix.Core.Numbers;

namespace TranslationFix.Core.Checks.Numbers;

public static class NumberPipelineExtensions
{
    /// <summary>
    /// Adds the number and unit checks: within the text (currency style, fragments, formats, units),
    /// and against the source, which runs only for documents that carry one.
    /// </summary>
    public static CheckPipelineBuilder UseNumbers(this CheckPipelineBuilder builder, NumberOptions? options = null)
    {
        options ??= new NumberOptions();
        builder.AddOnce(() => new CurrencyStyleCheck(options.CurrencyStyle));
        builder.AddOnce(() => new NumberFragmentCheck());
        builder.AddOnce(() => new NumberFormatCheck(options.SpellOutBelowTen));
        builder.AddOnce(() => new UnitStyleCheck());
        builder.AddOnce(() => new SourceNumberCheck());
        return builder;
    }
}
