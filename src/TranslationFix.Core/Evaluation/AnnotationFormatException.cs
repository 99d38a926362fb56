namespace TranslationFix.Core.Evaluation;

/// <summary>A bad annotation file: the message names the file and the line (<c>path:line: reason</c>).</summary>
public sealed class AnnotationFormatException(string path, int line, string reason)
    : Exception($"{path}:{line}: {reason}")
{
    public string Path { get; } = path;
    public int Line { get; } = line;
}
