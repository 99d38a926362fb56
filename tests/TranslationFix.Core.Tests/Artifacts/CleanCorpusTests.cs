using TranslationFix.Core.Engine;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Artifacts;

/// <summary>Clean, human-written English (corpus/en-clean) must come out of the full default pipeline byte for byte.</summary>
public sealed class CleanCorpusTests
{
    private static readonly TranslationFixEngine Engine = TranslationFixEngine.Create(new EngineOptions());

    public static TheoryData<string> CleanFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CorpusFolder()).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(CleanFiles))]
    public void Fix_CleanEnglish_IsByteIdentical(string name)
    {
        string path = Path.Combine(CorpusFolder(), name);
        byte[] bytes = File.ReadAllBytes(path);
        var encoded = EncodedText.Decode(bytes);
        var result = Engine.Fix(Document.Create(encoded.Text, DocumentFormats.FromPath(path), "en", path));
        Assert.Equal(bytes, encoded.WithText(result.Corrected.Text).Encode());
        Assert.Empty(result.Remaining);
    }

    [Fact]
    public void CleanCorpus_HasTextAndMarkdown()
    {
        var files = Directory.GetFiles(CorpusFolder());
        Assert.True(files.Count(f => f.EndsWith(".txt", StringComparison.Ordinal)) >= 3);
        Assert.Contains(files, f => f.EndsWith(".md", StringComparison.Ordinal));
    }

    private static string CorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "corpus", "en-clean");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("corpus/en-clean not found above " + AppContext.BaseDirectory);
    }
}
