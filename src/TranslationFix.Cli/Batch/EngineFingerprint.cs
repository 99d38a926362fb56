using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Glossary;

namespace TranslationFix.Cli.Batch;

/// <summary>
/// A short hash of everything that decides an output besides the input: tool version, language,
/// settings and every glossary entry and rule. Two runs with equal fingerprints clean a text alike,
/// so <c>--since-report</c> may skip what the earlier run did.
/// </summary>
public static class EngineFingerprint
{
    public static string Of(EngineOptions options, Glossary glossary)
    {
        var text = new StringBuilder();
        void Field(object? value) => text.Append(value).Append('\u001f');
        void List(IEnumerable<string> values) => Field(string.Join('\u001e', values));

        Field(typeof(EngineFingerprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
        Field(options.Language);
        Field(options.MaxPasses);
        List(options.DisabledRules.Order(StringComparer.Ordinal));
        List(options.SeverityOverrides.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        foreach (var e in glossary.Entries)
        {
            Field(e.Canonical); Field(e.Source); Field(e.Type); List(e.Variants); Field(e.Action); List(e.Context); Field(e.Derive);
            text.Append('\n');
        }
        foreach (var r in glossary.Rules)
        {
            Field(r.Pattern); Field(r.Replace); Field(r.Type); Field(r.Action); Field(r.Message); Field(r.IgnoreCase);
            text.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
