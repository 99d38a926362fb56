using System.Text;
using TranslationFix.Cli.Files;

namespace TranslationFix.Cli.Tests.Rewrite;

public sealed class AtomicFileTests : TempCorpusTests
{
    [Fact]
    public void Stage_WriterKilledBeforeRename_OldFileIntact()
    {
        string path = Dir.Write("corpus/a.txt", "old text\n");

        // The writer dies after the temporary file is on disk and before the rename.
        var staged = AtomicFile.Stage(path, Encoding.UTF8.GetBytes("new text\n"));

        Assert.Equal("old text\n", File.ReadAllText(path));
        Assert.Equal("new text\n", File.ReadAllText(staged.TempPath));
        Assert.Equal(Path.GetDirectoryName(path), Path.GetDirectoryName(staged.TempPath));
        Assert.True(AtomicFile.IsTempFile(staged.TempPath));
    }

    [Fact]
    public void Rewrite_AfterKilledWriter_IgnoresStrayTempFileAndReplacesOldFile()
    {
        string path = Dir.Write("corpus/a.txt", "Naixue's tea\n");
        var staged = AtomicFile.Stage(path, Encoding.UTF8.GetBytes("half-done\n"));

        var (exit, output) = Dir.Rewrite("@corpus", "--in-place");

        Assert.Equal(0, exit);
        Assert.Equal("Nayuki\n", File.ReadAllText(path));
        Assert.DoesNotContain(".tmp", output);
        Assert.Equal("half-done\n", File.ReadAllText(staged.TempPath));   // left alone, not treated as input
    }

    [Fact]
    public void Write_ExistingFile_ReplacesContentAndKeepsPermissions()
    {
        if (OperatingSystem.IsWindows()) return;
        string path = Dir.Write("a.txt", "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        AtomicFile.Write(path, Encoding.UTF8.GetBytes("new"));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        Assert.Single(Directory.GetFiles(Dir.Root, "a.txt*"));
        Assert.Empty(Directory.GetFiles(Dir.Root, ".*.tmp"));
    }

    [Fact]
    public void Write_NewFileWithMode_TakesThatMode()
    {
        if (OperatingSystem.IsWindows()) return;
        string path = Dir.PathOf("b.txt");

        AtomicFile.Write(path, [1, 2, 3], UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Write_MissingFolder_ThrowsCliExceptionAndLeavesNoTempFile()
    {
        string path = Dir.PathOf("no/such/folder/a.txt");

        var e = Assert.Throws<CliException>(() => AtomicFile.Write(path, [1]));

        Assert.Contains("cannot write", e.Message);
        Assert.False(Directory.Exists(Dir.PathOf("no")));
    }

    [Theory]
    [InlineData(".a.txt.tfix-0123456789abcdef.tmp", true)]
    [InlineData("a.txt", false)]
    [InlineData(".hidden.txt", false)]
    [InlineData("a.tfix-1.tmp", false)]
    public void IsTempFile_Name_RecognisesOnlyAtomicFileTemporaries(string name, bool expected) =>
        Assert.Equal(expected, AtomicFile.IsTempFile(Path.Combine("dir", name)));
}
