using YamlDotNet.Serialization;

namespace TranslationFix.Core.Glossary.Formats;

/// <summary>Writes entries in the shipped YAML format (what GlossaryLoader reads back).</summary>
public static class GlossaryYamlWriter
{
    public static string Write(IEnumerable<GlossaryEntry> entries)
    {
        var items = entries.Select(e =>
        {
            var map = new Dictionary<string, object> { ["canonical"] = e.Canonical };
            if (e.Source is not null) map["source"] = e.Source;
            map["type"] = e.Type;
            if (e.Variants.Count > 0) map["variants"] = e.Variants.ToList();
            if (e.Action == GlossaryAction.Flag) map["action"] = "flag";
            if (e.Kind == GlossaryKind.Preference) map["kind"] = "preference";
            if (e.Context.Count > 0) map["context"] = e.Context.ToList();
            if (!e.Derive) map["derive"] = false;
            if (e.Note is not null) map["note"] = e.Note;
            return map;
        }).ToList();
        return new SerializerBuilder().Build().Serialize(items);
    }
}
