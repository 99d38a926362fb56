using System.Diagnostics;
using System.Text;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Polish;

/// <summary>
/// The diff `tfix fix --diff` prints is a patch: `git apply` and `patch -p1` turn the original
/// into exactly what `tfix fix` writes, whatever the file's line endings, BOM or last line.
/// </summary>
public sealed class DiffApplyTests
{
    private static readonly string[] OwnGlossary = ["-g", "glossary.yaml", "--no-builtin-glossaries"];

    public static TheoryData<string, byte[]> Shapes() => new()
    {
        { "no final newline", Encoding.UTF8.GetBytes("Title\n\nNaixue's tea grew.") },
        { "final newline", Encoding.UTF8.GetBytes("Title\n\nNaixue's tea grew.\n") },
        { "CRLF", Encoding.UTF8.GetBytes("Title\r\n\r\nNaixue's tea grew.\r\nEnd.\r\n") },
        { "CRLF, no final newline", Encoding.UTF8.GetBytes("Title\r\nNaixue's tea grew.") },
        { "BOM, change on line 1", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Naixue's tea grew.\nsecond\n")] },
        { "two hunks", Encoding.UTF8.GetBytes("Naixue's tea grew.\n" + string.Concat(Enumerable.Range(1, 12).Select(i => $"line {i}\n")) + "In the boom of big models.") },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Diff_AppliesWithGitApply(string shape, byte[] original)
    {
        var (dir, expected, patch) = Prepare(original);
        using (dir)
        {
            Run(dir.Path, "git", "init", "-q", ".");
            Run(dir.Path, "git", "apply", "--whitespace=nowarn", "a.patch");
            Assert.True(expected.SequenceEqual(File.ReadAllBytes(dir.Combine("a.txt"))), $"{shape}: git apply gave another text\n{patch}");
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Diff_AppliesWithPatchP1(string shape, byte[] original)
    {
        var (dir, expected, patch) = Prepare(original);
        using (dir)
        {
            Run(dir.Path, "patch", "-p1", "--quiet", "--binary", "-i", "a.patch");
            Assert.True(expected.SequenceEqual(File.ReadAllBytes(dir.Combine("a.txt"))), $"{shape}: patch -p1 gave another text\n{patch}");
        }
    }

    private static (TempFolder Dir, byte[] Expected, string Patch) Prepare(byte[] original)
    {
        var dir = new TempFolder();
        dir.WriteBytes("a.txt", original);
        var fixedRun = Tfix.Invoke(dir.Path, ["fix", "a.txt", .. OwnGlossary]);
        var diffRun = Tfix.Invoke(dir.Path, ["fix", "a.txt", "--diff", .. OwnGlossary]);
        Assert.Equal(0, diffRun.ExitCode);
        Assert.NotEqual(original, fixedRun.StdOutBytes);   // there is something to patch
        File.WriteAllBytes(dir.Combine("a.patch"), diffRun.StdOutBytes);
        return (dir, fixedRun.StdOutBytes, diffRun.StdOut);
    }

    private static void Run(string directory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {output}");
    }
}
