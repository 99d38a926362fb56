using System.Text;
using TranslationFix.Core.Tests.Support;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Corpus;

/// <summary>
/// End to end over corpus/: every article's cleaned output is its reviewed *.expected.txt
/// (an approval test), and cleaning the output again changes nothing. (The clean English corpus
/// is Artifacts/CleanCorpusTests.)
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        // An article is NAME.txt; NAME.expected.txt is its reviewed output. Files with more
        // suffixes (NAME.zh.txt sources, NAME.report.approved.txt reports) belong to other tests.
        // Every language-pair folder (zh-en, ja-en, ko-en, ...); en-clean is not a pair.
        var pairFolders = Directory.EnumerateDirectories(Path.Combine(TestEngine.RepoRoot, "corpus"))
            .Where(d => Path.GetFileName(d) is var name && name.Contains('-') && name != "en-clean");
        foreach (var file in pairFolders.SelectMany(d => Directory.EnumerateFiles(d, "*.txt"))
                     .Where(f => Path.GetFileNameWithoutExtension(f).IndexOf('.') < 0)
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(TestEngine.RepoRoot, file));
        return data;
    }

    private static TranslationFix.Core.Engine.Result Clean(string relativePath)
    {
        string path = Path.Combine(TestEngine.RepoRoot, relativePath);
        var text = EncodedText.Decode(File.ReadAllBytes(path));
        return TestEngine.Default.Fix(Document.Create(text.Text, DocumentFormats.FromPath(path), "en", relativePath));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Fix_CorpusArticle_MatchesReviewedOutput(string article)
        => CorpusApproval.Verify(Path.Combine(TestEngine.RepoRoot, article), Clean(article).Corrected.Text);

    [Theory]
    [MemberData(nameof(Articles))]
    public void Fix_CorpusArticle_IsIdempotent(string article)
    {
        string once = Clean(article).Corrected.Text;
        Assert.Equal(once, TestEngine.Default.Clean(once).Corrected.Text);
    }
}
