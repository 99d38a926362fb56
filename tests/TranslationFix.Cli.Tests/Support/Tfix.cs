using System.Diagnostics;
using System.Text;

namespace TranslationFix.Cli.Tests.Support;

/// <summary>Runs the real `tfix` program (the built tfix.dll) as a user would, and captures what it prints.</summary>
public static class Tfix
{
    public sealed record Run(int ExitCode, string StdOut, string StdErr, byte[] StdOutBytes);

    public static Run Invoke(string workingDirectory, params string[] args) => InvokeWithInput(workingDirectory, null, args);

    public static Run InvokeWithInput(string workingDirectory, byte[]? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tfix.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        if (stdin is not null) process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        string error = process.StandardError.ReadToEnd();
        copy.Wait();
        process.WaitForExit();
        var bytes = output.ToArray();
        return new Run(process.ExitCode, Encoding.UTF8.GetString(bytes), error, bytes);
    }
}

/// <summary>A temporary folder with a small glossary, removed after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public const string Glossary = """
        - canonical: Nayuki
          source: 奈雪的茶
          type: organization
          variants: ["Naixue's tea"]
        - canonical: large models
          type: term
          variants: [big models]
        """;

    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("tfix-test-").FullName;
        File.WriteAllText(Combine("glossary.yaml"), Glossary);
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        string path = Combine(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
