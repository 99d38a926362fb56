using TranslationFix.Core.Parsing;

namespace TranslationFix.Core.Bilingual;

/// <summary>A bilingual file that cannot be read; the message names the file and line.</summary>
public sealed class BilingualFormatException(string? path, int line, string reason)
    : DataFormatException(path, Math.Max(1, line), reason);
