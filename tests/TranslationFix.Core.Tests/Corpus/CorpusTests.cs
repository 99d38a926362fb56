using System.Text;
using TranslationFix.Core.Tests.Support;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Corpus;

/// <summary>
/// End to end over corpus/: every article's cleaned output is its reviewed *.expected.txt
/// (an approval test), cleaning the output again changes nothing, and the clean English
/// corpus comes out byte-identical.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestEngine.RepoRoot, "corpus", "zh-en"), "*.txt")
                     .Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal) && !f.EndsWith(".received.txt", StringComparison.Ordinal)
                                 && !Path.GetFileName(f).Contains(".source.", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(TestEngine.RepoRoot, file));
        return data;
    }

    public static TheoryData<string> CleanEnglish()
    {
        var data = new TheoryData<string>();
        string dir = Path.Combine(TestEngine.RepoRoot, "corpus", "en-clean");
        if (Directory.Exists(dir))
            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
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

    [Theory]
    [MemberData(nameof(CleanEnglish))]
    public void Fix_CleanEnglish_IsByteIdentical(string article)
    {
        var result = Clean(article);
        Assert.Equal(result.Original.Text, result.Corrected.Text);
        Assert.Empty(result.Findings.Where(f => f.HasFix));
    }
}
