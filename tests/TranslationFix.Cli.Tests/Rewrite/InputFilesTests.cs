using TranslationFix.Cli.Files;

namespace TranslationFix.Cli.Tests.Rewrite;

public sealed class InputFilesTests : IDisposable
{
    private readonly TempCorpus _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void ExpandWithRoots_Folder_TextFilesRelativeToFolderInOrdinalOrder()
    {
        _dir.Write("corpus/b.txt", "");
        _dir.Write("corpus/a/c.md", "");
        _dir.Write("corpus/image.png", "");
        _dir.Write("corpus/a.expected.txt", "");

        var files = InputFiles.ExpandWithRoots([_dir.Corpus]);

        Assert.Equal(["a/c.md", "b.txt"], files.Select(f => f.RelativePath));
    }

    [Theory]
    [InlineData("**/*.md", new[] { "a/c.md", "d.md" })]
    [InlineData("*.md", new[] { "d.md" })]
    [InlineData("a/*", new[] { "c.md", "e.txt" })]
    public void ExpandWithRoots_Glob_MatchesBelowItsBaseFolder(string pattern, string[] expected)
    {
        _dir.Write("corpus/a/c.md", "");
        _dir.Write("corpus/a/e.txt", "");
        _dir.Write("corpus/d.md", "");

        var files = InputFiles.ExpandWithRoots([_dir.Corpus + "/" + pattern]);

        Assert.Equal(expected, files.Select(f => f.RelativePath));
        Assert.All(files, f => Assert.True(File.Exists(f.Path)));
    }

    [Fact]
    public void ExpandWithRoots_GlobWithoutMatches_ThrowsNamingIt()
    {
        Directory.CreateDirectory(_dir.Corpus);

        var e = Assert.Throws<CliException>(() => InputFiles.ExpandWithRoots([_dir.Corpus + "/*.txt"]));

        Assert.Contains("no files match", e.Message);
    }
}
