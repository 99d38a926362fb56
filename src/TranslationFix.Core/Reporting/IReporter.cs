namespace TranslationFix.Core.Reporting;

/// <summary>Writes findings in one output format. Reporters only read what they are given.</summary>
public interface IReporter
{
    void Write(IReadOnlyList<FileReport> files, TextWriter output);
}
