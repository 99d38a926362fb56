using System.Diagnostics;
using System.Text;
using TranslationFix.Cli.Files;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Hardening;

/// <summary>An in-place write leaves everything about the user's file as it was, except its text.</summary>
public sealed class InPlaceWriteTests : IDisposable
{
    private const string Mistranslated = "Naixue's tea opened a store.\n";
    private const string Fixed = "Nayuki opened a store.\n";

    private readonly TempFolder _dir = new();

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_dir.Path, "*", SearchOption.AllDirectories))
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        _dir.Dispose();
    }

    private (int ExitCode, string Error) FixInPlace(string path, params string[] more) =>
        InProcess.RunCli(["fix", path, "--in-place", "--no-builtin-glossaries", "-g", _dir.Combine("glossary.yaml"), .. more]);

    private (int ExitCode, string Error) RewriteInPlace(string folder, params string[] more) =>
        InProcess.RunCli(["rewrite", folder, "--in-place", "--no-builtin-glossaries", "-g", _dir.Combine("glossary.yaml"), "--jobs", "1", .. more]);

    [Fact]
    public void FixInPlace_Symlink_FixesTheTargetAndKeepsTheLink()
    {
        if (OperatingSystem.IsWindows()) return;
        string target = _dir.Write("real/a.txt", Mistranslated);
        string link = _dir.Combine("a.txt");
        File.CreateSymbolicLink(link, target);

        var (exit, error) = FixInPlace(link);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(Fixed, File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(_dir.Combine("real"), ".*.tmp"));
    }

    [Fact]
    public void RewriteInPlace_SymlinkedFile_FixesTheTarget()
    {
        if (OperatingSystem.IsWindows()) return;
        string target = _dir.Write("real/a.txt", Mistranslated);
        Directory.CreateDirectory(_dir.Combine("corpus"));
        File.CreateSymbolicLink(_dir.Combine("corpus/a.txt"), target);

        var (exit, _) = RewriteInPlace(_dir.Combine("corpus"));

        Assert.Equal(0, exit);
        Assert.NotNull(new FileInfo(_dir.Combine("corpus/a.txt")).LinkTarget);
        Assert.Equal(Fixed, File.ReadAllText(target));
    }

    [Fact]
    public void FixInPlace_HardLinkedFile_EveryLinkSeesTheFix()
    {
        if (!OperatingSystem.IsLinux()) return;
        string path = _dir.Write("a.txt", Mistranslated);
        string other = _dir.Combine("b.txt");
        Run("ln", path, other);

        var (exit, _) = FixInPlace(path);

        Assert.Equal(0, exit);
        Assert.Equal(Fixed, File.ReadAllText(path));
        Assert.Equal(Fixed, File.ReadAllText(other));
        Assert.Empty(Directory.GetFiles(_dir.Path, ".*.tmp"));
    }

    [Fact]
    public void FixInPlace_ReadOnlyFile_IsRefusedUnlessForced()
    {
        if (OperatingSystem.IsWindows()) return;
        string path = _dir.Write("a.txt", Mistranslated);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var (refused, error) = FixInPlace(path);

        Assert.Equal(2, refused);
        Assert.Equal($"tfix: {path}: the file is read-only; not replaced (use --force to replace it anyway){Environment.NewLine}", error);
        Assert.Equal(Mistranslated, File.ReadAllText(path));

        var (forced, _) = FixInPlace(path, "--force");

        Assert.Equal(0, forced);
        Assert.Equal(Fixed, File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
    }

    [Fact]
    public void RewriteInPlace_ReadOnlyFile_IsReportedAndLeftAlone()
    {
        if (OperatingSystem.IsWindows()) return;
        string path = _dir.Write("corpus/a.txt", Mistranslated);
        File.SetUnixFileMode(path, UnixFileMode.UserRead);

        var (exit, _) = RewriteInPlace(_dir.Combine("corpus"));

        Assert.Equal(2, exit);   // a failed file is a problem of the batch
        Assert.Equal(Mistranslated, File.ReadAllText(path));

        Assert.Equal(0, RewriteInPlace(_dir.Combine("corpus"), "--force").ExitCode);
        Assert.Equal(Fixed, File.ReadAllText(path));
    }

    [Fact]
    public void Write_FileOfAnotherOwner_KeepsOwnerAndGroup()
    {
        if (!OperatingSystem.IsLinux() || UnixFileOwner.Of(_dir.Path) is not { Uid: 0 }) return;   // only root can give a file away
        string path = _dir.Write("a.txt", "old");
        Run("chown", "12345:23456", path);

        AtomicFile.Write(path, Encoding.UTF8.GetBytes("new"));

        Assert.Equal("new", File.ReadAllText(path));
        var owner = UnixFileOwner.Of(path)!;
        Assert.Equal((12345u, 23456u), (owner.Uid, owner.Gid));
    }

    [Fact]
    public void Write_ModeIsKept()
    {
        if (OperatingSystem.IsWindows()) return;
        string path = _dir.Write("a.txt", "old");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead;
        File.SetUnixFileMode(path, mode);

        AtomicFile.Write(path, Encoding.UTF8.GetBytes("new"));

        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
