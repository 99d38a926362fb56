using TranslationFix.Core.Findings;
using TranslationFix.Core.Reporting;
using TranslationFix.Core.Rules;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Reporting;

public sealed class GitHubReporterTests
{
    private static readonly RuleDescriptor Rule = new("test.rule", "Test", Severity.Warning, "A test rule.");

    private static Finding Finding(Severity severity, string message, string text = "word", int line = 2, int column = 5, string? replacement = null) =>
        new(Rule, severity, new TextSpan(10, text.Length), line, column, text, message, replacement);

    [Theory]
    [InlineData(Severity.Error, "::error ")]
    [InlineData(Severity.Warning, "::warning ")]
    [InlineData(Severity.Info, "::notice ")]
    public void Write_Severity_MapsToWorkflowCommand(Severity severity, string expectedStart)
    {
        string output = CiTestEngine.Write(new GitHubReporter(), new FileReport("a.md", [Finding(severity, "m")]));
        Assert.StartsWith(expectedStart, output);
    }

    [Fact]
    public void Write_Finding_OneCommandWithFileLineColumnAndEnd()
    {
        string output = CiTestEngine.Write(new GitHubReporter(), new FileReport("news/a.md", [Finding(Severity.Warning, "Use 'Nayuki'.")]));
        Assert.Equal("::warning file=news/a.md,line=2,col=5,endLine=2,endColumn=9,title=test.rule::Use 'Nayuki'.\n", output);
    }

    [Fact]
    public void Write_Fixable_SaysSo()
    {
        string output = CiTestEngine.Write(new GitHubReporter(), new FileReport("a.md", [Finding(Severity.Warning, "m", replacement: "x")]));
        Assert.EndsWith("::m (fixable: tfix fix)\n", output);
    }

    [Theory]
    [InlineData("50% off", "50%25 off")]
    [InlineData("line one\nline two", "line one%0Aline two")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    [InlineData("a: b, c", "a: b, c")]            // ':' and ',' are fine in the message
    [InlineData("plain", "plain")]
    public void Data_SpecialCharacters_Escaped(string message, string expected)
    {
        Assert.Equal(expected, GitHubReporter.Data(message));
    }

    [Theory]
    [InlineData("dir,with:odd%name.md", "dir%2Cwith%3Aodd%25name.md")]
    [InlineData("news/a.md", "news/a.md")]
    public void Property_SpecialCharacters_Escaped(string value, string expected)
    {
        Assert.Equal(expected, GitHubReporter.Property(value));
    }

    [Fact]
    public void Write_MessageWithNewline_StaysOneLine()
    {
        string output = CiTestEngine.Write(new GitHubReporter(), new FileReport("a,b.md", [Finding(Severity.Error, "x\ny")]));
        Assert.Single(output.TrimEnd('\n').Split('\n'));
        Assert.Contains("file=a%2Cb.md,", output);
    }

    [Fact]
    public void Write_SuppressedFindings_NotAnnotated()
    {
        var report = new FileReport("a.md", []) { Suppressed = [Finding(Severity.Error, "m")] };
        Assert.Equal("", CiTestEngine.Write(new GitHubReporter(), report));
    }
}
