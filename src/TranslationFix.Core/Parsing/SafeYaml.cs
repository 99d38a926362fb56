using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace TranslationFix.Core.Parsing;

/// <summary>
/// Reads a YAML data file (a glossary, a tfix.yaml) within <see cref="InputLimits"/>. The text is
/// first walked as an event stream with a depth counter (the parser is iterative; the node loader
/// recurses, so nesting is checked before it runs), counting aliases and the nodes they expand to,
/// and refusing a second document. Errors carry the line they are on.
/// </summary>
public static class SafeYaml
{
    /// <summary>The root node of the single document in <paramref name="yaml"/>, or null when there is none.</summary>
    /// <param name="error">Makes the reader's own exception from a line and a reason.</param>
    public static YamlNode? Load(string yaml, Func<int, string, Exception> error)
    {
        if (InputLimits.TooLarge(yaml.Length) is { } tooLarge) throw error(1, tooLarge);
        try
        {
            Walk(yaml, error);
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            string reason = FirstLine(e.InnerException?.Message ?? e.Message);
            throw error(LineOf(e, reason, yaml), reason);
        }
    }

    private static void Walk(string yaml, Func<int, string, Exception> error)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);   // anchor → nodes it stands for
        var open = new Stack<(string? Anchor, long NodesBefore)>();
        long nodes = 0;
        int aliases = 0, documents = 0, line = 1;
        while (MoveNext())
        {
            var current = parser.Current!;
            line = (int)current.Start.Line;
            switch (current)
            {
                case DocumentStart:
                    if (++documents > 1)
                        throw error(line, "a second YAML document ('---') is not read: keep one document per file");
                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out long size))
                        throw error(line, $"undefined alias '*{alias.Value.Value}' (no '&{alias.Value.Value}' before it)");
                    if (++aliases > InputLimits.MaxYamlAliases)
                        throw error(line, $"more than {InputLimits.MaxYamlAliases:N0} aliases");
                    nodes += size;
                    break;
                case Scalar scalar:
                    nodes++;
                    if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = 1;
                    break;
                case NodeEvent start and (SequenceStart or MappingStart):
                    nodes++;
                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, nodes - 1));
                    if (open.Count > InputLimits.MaxNesting)
                        throw error(line, $"nested more than {InputLimits.MaxNesting} levels deep");
                    break;
                case SequenceEnd or MappingEnd:
                    var (anchor, before) = open.Pop();
                    if (anchor is not null) anchors[anchor] = nodes - before;
                    break;
            }
            if (nodes > InputLimits.MaxYamlExpandedNodes)
                throw error(line, $"more than {InputLimits.MaxYamlExpandedNodes:N0} values once aliases are expanded");
        }

        bool MoveNext()
        {
            try
            {
                return parser.MoveNext();
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's parser gives up this way on some unfinished flow collections ("{ a: b").
                throw error(line, "malformed YAML: a [...] or {...} is not closed");
            }
        }
    }

    // YamlDotNet marks a tab error at the start of the scalar or mapping before it: name the
    // line that holds the tab instead.
    private static int LineOf(YamlException e, string reason, string yaml)
    {
        int line = Math.Max(1, (int)e.Start.Line);
        if (!reason.Contains("tab", StringComparison.OrdinalIgnoreCase)) return line;
        var lines = yaml.Split('\n');
        for (int i = line - 1; i < lines.Length; i++)
        {
            string indent = lines[i][..(lines[i].Length - lines[i].TrimStart(' ', '\t', '-').Length)];
            if (indent.Contains('\t')) return i + 1;
        }
        return line;
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
