using TranslationFix.Cli.Files;

namespace TranslationFix.Cli.Tests.Rewrite;

public sealed class InputFilesTests : TempCorpusTests
{
    [Fact]
    public void ExpandWithRoots_Folder_TextFilesRelativeToFolderInOrdinalOrder()
    {
        Dir.Write("corpus/b.txt", "");
        Dir.Write("corpus/a/c.md", "");
        Dir.Write("corpus/image.png", "");
        Dir.Write("corpus/a.expected.txt", "");

        var files = InputFiles.ExpandWithRoots([Dir.Corpus]);

        Assert.Equal(["a/c.md", "b.txt"], files.Select(f => f.RelativePath));
    }

    [Theory]
    [InlineData("**/*.md", new[] { "a/c.md", "d.md" })]
    [InlineData("*.md", new[] { "d.md" })]
    [InlineData("a/*", new[] { "c.md", "e.txt" })]
    public void ExpandWithRoots_Glob_MatchesBelowItsBaseFolder(string pattern, string[] expected)
    {
        Dir.Write("corpus/a/c.md", "");
        Dir.Write("corpus/a/e.txt", "");
        Dir.Write("corpus/d.md", "");

        var files = InputFiles.ExpandWithRoots([Dir.Corpus + "/" + pattern]);

        Assert.Equal(expected, files.Select(f => f.RelativePath));
        Assert.All(files, f => Assert.True(File.Exists(f.Path)));
    }

    [Fact]
    public void ExpandWithRoots_GlobWithoutMatches_ThrowsNamingIt()
    {
        Directory.CreateDirectory(Dir.Corpus);

        var e = Assert.Throws<CliException>(() => InputFiles.ExpandWithRoots([Dir.Corpus + "/*.txt"]));

        Assert.Contains("no files match", e.Message);
    }
}
