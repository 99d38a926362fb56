using TranslationFix.Core.Parsing;

namespace TranslationFix.Core.Baselines;

/// <summary>A baseline file is not what <c>--write-baseline</c> writes; the message reads "path[:line]: reason".</summary>
public sealed class BaselineFormatException(string path, string reason, int line = 0) : DataFormatException(path, line, reason)
{
    public new string Path => base.Path!;
}
