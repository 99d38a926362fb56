namespace TranslationFix.Core.Baselines;

/// <summary>A baseline file is not what <c>--write-baseline</c> writes; the message reads "path: reason".</summary>
public sealed class BaselineFormatException(string path, string reason) : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;
}
