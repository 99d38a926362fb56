using TranslationFix.Core.Configuration;
using TranslationFix.Core.Engine;
using TranslationFix.Translation;
using TranslationFix.Translation.Azure;
using TranslationFix.Translation.Protection;

namespace TranslationFix.Cli.Commands;

/// <summary>
/// The Azure Translator client as the commands use it: settings from TFIX_TRANSLATOR_*, the
/// engine's glossaries protecting names, and translator failures turned into one-line errors.
/// </summary>
public sealed class TranslatorSetup : IDisposable
{
    private readonly AzureTranslatorClient _client;

    private TranslatorSetup(AzureTranslatorClient client, ITranslator protectedTranslator)
    {
        _client = client;
        Translator = protectedTranslator;
    }

    /// <summary>A translator whose requests carry the glossary's names as dictionary markup.</summary>
    public ITranslator Translator { get; }

    /// <summary>
    /// Settings from TFIX_TRANSLATOR_* first, then the <c>translator:</c> section of the nearest
    /// tfix.yaml (endpoint and region; the key only ever comes from the environment).
    /// </summary>
    public static TranslatorSetup Create(EngineOptions engineOptions, string? sourceLanguage, Func<string, string?>? environment, EffectiveConfig? config = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        string? FromConfig(string name) => config?.Translator.GetValueOrDefault(name)?.Value;
        string? Setting(string variable) => environment(variable) is { Length: > 0 } value ? value : variable switch
        {
            TranslatorOptions.EndpointVariable => FromConfig("endpoint"),
            TranslatorOptions.RegionVariable => FromConfig("region"),
            _ => null,
        };
        var options = Run(() => TranslatorOptions.FromEnvironment(Setting));
        var protection = GlossaryProtection.ForSource(TranslationFixEngine.SelectGlossaries(engineOptions), sourceLanguage);
        var client = new AzureTranslatorClient(options, log: Console.Error.WriteLine);
        return new TranslatorSetup(client, new GlossaryProtectedTranslator(client, protection));
    }

    /// <summary>Runs a translator call; its failures are one line on stderr and exit code 2, like any bad input.</summary>
    public static T Run<T>(Func<T> action, string? path = null)
    {
        try
        {
            return action();
        }
        catch (TranslatorException e)
        {
            throw new CliException(path is null ? e.Message : $"{path}: {e.Message}");
        }
    }

    public void Dispose() => _client.Dispose();
}
