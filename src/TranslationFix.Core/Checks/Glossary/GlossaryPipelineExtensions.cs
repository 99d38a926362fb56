using TranslationFix.Core.Engine;
using TranslationFix.Core.Checks.Names;
using TranslationFix.Core.Glossary;

namespace TranslationFix.Core.Checks.Glossary;

public static class GlossaryPipelineExtensions
{
    /// <summary>Adds the name/term matcher, the regex rules, the split-name, company-person and name-consistency checks of <paramref name="glossary"/>.</summary>
    public static CheckPipelineBuilder UseGlossary(this CheckPipelineBuilder builder, CompiledGlossary glossary)
    {
        builder.AddOnce(() => new GlossaryCheck(glossary));
        builder.AddOnce(() => new GlossaryPatternCheck(glossary.Glossary.Rules));
        builder.AddOnce(() => new SplitNameCheck(glossary));
        builder.AddOnce(() => new CompanyPersonPossessiveCheck(glossary));
        builder.AddOnce(() => new NameInconsistencyCheck(glossary));
        return builder;
    }
}
