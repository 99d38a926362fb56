using TranslationFix.Core.Checks;
using TranslationFix.Core.Checks.Glossary;
using TranslationFix.Core.Checks.Numbers;
using TranslationFix.Core.Checks.Source;
using TranslationFix.Core.Glossary;

namespace TranslationFix.Core.Engine;

public static class DefaultPipeline
{
    /// <summary>Every built-in check, in the order they run: glossary first, then the artifact checks.</summary>
    public static CheckPipelineBuilder UseDefaults(this CheckPipelineBuilder builder, CompiledGlossary glossary, Numbers.NumberOptions? numbers = null)
    {
        builder.UseGlossary(glossary);
        builder.UseArtifactChecks(glossary.Glossary.Entries.Select(e => e.Canonical));
        builder.UseNumbers(numbers);
        builder.UseSourceChecks(glossary);
        return builder;
    }
}
