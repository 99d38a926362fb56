namespace TranslationFix.Core.Parsing;

/// <summary>
/// The limits every data-file parser enforces, so that no input can exhaust the stack, the memory
/// or the time of a run (see docs/reliability.md). A file over a limit is an error naming the
/// file and line, never a crash. The numbers are far above anything a real file needs.
/// </summary>
public static class InputLimits
{
    /// <summary>Characters in one data file (glossary, tfix.yaml, baseline, bilingual file, import).</summary>
    public const int MaxDataFileChars = 64 * 1024 * 1024;

    /// <summary>Nesting of YAML collections and JSON values.</summary>
    public const int MaxNesting = 64;

    /// <summary>Nesting of XML elements (XLIFF inline tags, TMX, TBX).</summary>
    public const int MaxXmlDepth = 256;

    /// <summary>Characters XML entities may expand to, in all (internal entities only: external ones are refused).</summary>
    public const long MaxXmlEntityChars = 1_000_000;

    /// <summary>YAML alias uses ("*name") in one file.</summary>
    public const int MaxYamlAliases = 10_000;

    /// <summary>YAML nodes in one file with every alias expanded.</summary>
    public const long MaxYamlExpandedNodes = 2_000_000;

    /// <summary>Characters in one line of a JSONL file.</summary>
    public const int MaxJsonLineChars = 16 * 1024 * 1024;

    /// <summary>The "file is too large" reason, or null when <paramref name="length"/> is within the limit.</summary>
    public static string? TooLarge(long length) =>
        length > MaxDataFileChars ? $"file too large ({length:N0} characters; the limit is {MaxDataFileChars:N0})" : null;
}
