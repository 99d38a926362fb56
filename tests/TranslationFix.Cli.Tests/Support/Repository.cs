namespace TranslationFix.Cli.Tests.Support;

/// <summary>The repository the tests run from (the folder holding TranslationFix.sln).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TranslationFix.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("TranslationFix.sln not found above the test folder");
    }
}
