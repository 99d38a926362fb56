using TranslationFix.Core.Configuration;

namespace TranslationFix.Core.Tests.Configuration;

public sealed class GlobPatternTests
{
    [Theory]
    [InlineData("*.md", "a.md", true)]
    [InlineData("*.md", "news/2024/a.md", true)]          // no slash: any depth
    [InlineData("*.md", "a.txt", false)]
    [InlineData("drafts", "drafts/a.md", true)]           // a folder covers what is below it
    [InlineData("drafts", "news/drafts/a.md", true)]
    [InlineData("drafts", "draftsman.md", false)]
    [InlineData("drafts/", "drafts/a.md", true)]
    [InlineData("drafts/", "drafts", false)]              // trailing slash: folders only
    [InlineData("/README.md", "README.md", true)]         // leading slash: anchored
    [InlineData("/README.md", "docs/README.md", false)]
    [InlineData("news/*.md", "news/a.md", true)]
    [InlineData("news/*.md", "news/2024/a.md", false)]    // '*' stays in one folder
    [InlineData("news/**/*.md", "news/a.md", true)]       // '**/' may be no folder at all
    [InlineData("news/**/*.md", "news/2024/05/a.md", true)]
    [InlineData("**/tmp", "a/b/tmp/x.md", true)]
    [InlineData("a?.md", "ab.md", true)]
    [InlineData("a?.md", "a/.md", false)]
    [InlineData("[ab].md", "b.md", true)]
    [InlineData("[!ab].md", "b.md", false)]
    [InlineData("*.MD", "a.md", false)]                   // case-sensitive, as git on Linux
    [InlineData("!drafts/", "drafts/a.md", true)]         // '!' is not part of the pattern
    public void Matches_GitignoreStyle(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, new GlobPattern(pattern).Matches(path));
    }

    [Theory]
    [InlineData("drafts/a.md", "drafts/")]
    [InlineData("drafts/keep.md", "!drafts/keep.md")]
    [InlineData("news/a.md", null)]
    public void Decide_LastMatchingGlobWins(string path, string? expected)
    {
        GlobPattern[] globs = [new("drafts/"), new("!drafts/keep.md")];
        Assert.Equal(expected, GlobPattern.Decide(globs, g => g, path)?.Pattern);
    }
}
