using System.Diagnostics;

namespace TranslationFix.Cli.Tests.CiMode;

/// <summary>
/// Runs the built tfix (tfix.dll beside the tests) as a child process in a folder, the way a CI
/// job does: exit code, stdout and stderr are what the tests look at.
/// </summary>
internal static class TfixProcess
{
    public sealed record Run(int ExitCode, string Out, string Err);

    public static Run Start(string workingDirectory, string? stdin, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tfix.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info)!;
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var err = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Run(process.ExitCode, output, err.Result);
    }

    public static Run In(string workingDirectory, params string[] args) => Start(workingDirectory, null, args);
}

/// <summary>A temporary folder with files written into it; deleted afterwards.</summary>
internal sealed class TempTree : IDisposable
{

    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "tfix-cimode-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        // Every tree carries the test glossary and shuts out the shipped ones and any tfix.yaml above /tmp.
        Write("tfix.yaml", "root: true\nbuiltin_glossaries: false\nglossaries: [test-glossary.yaml]\n");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "ci-test-glossary.yaml"), Path.Combine(Root, "test-glossary.yaml"));
    }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public TfixProcess.Run Tfix(params string[] args) => TfixProcess.In(Root, args);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
