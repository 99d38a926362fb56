using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Reporting;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Numbers;

/// <summary>
/// corpus/zh-en/numbers-funding: a Chinese source and a translation with a 万 slip, a dropped
/// figure and a wrong currency. The report must match the approved snapshot; on a difference the
/// new report is written beside it as *.received.txt.
/// </summary>
public sealed class CorpusSnapshotTests
{
    [Fact]
    public void Check_FundingArticleAgainstSource_MatchesApprovedReport()
    {
        string folder = Path.Combine(NumberTestEngine.RepositoryRoot(), "corpus", "zh-en");
        string source = File.ReadAllText(Path.Combine(folder, "numbers-funding.zh.txt"));
        string target = File.ReadAllText(Path.Combine(folder, "numbers-funding.en.txt"));
        const string path = "corpus/zh-en/numbers-funding.en.txt";

        var result = NumberTestEngine.Fix(target, new SourceText(source, "zh"));
        var report = new StringWriter { NewLine = "\n" };
        new TextReporter().Write([new FileReport(path, result.Findings)], report);

        string approvedPath = Path.Combine(folder, "numbers-funding.report.approved.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        string received = report.ToString().ReplaceLineEndings("\n");
        if (received != approved) File.WriteAllText(Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received") + ".txt", received);
        Assert.Equal(approved, received);
        Assert.Contains("US$30 million", result.Corrected.Text);
    }
}
