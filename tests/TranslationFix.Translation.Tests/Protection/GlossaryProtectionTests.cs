using TranslationFix.Core.Glossary;
using TranslationFix.Translation.Protection;
using TranslationFix.Translation.Tests.Support;

namespace TranslationFix.Translation.Tests.Protection;

public sealed class GlossaryProtectionTests
{
    private static readonly GlossaryEntry[] Entries =
    [
        new() { Canonical = "Nayuki", Source = "奈雪的茶", Type = "organization" },
        new() { Canonical = "Nayuki Holdings", Source = "奈雪的茶控股", Type = "organization" },
        new() { Canonical = "He Gang", Source = "何刚", Type = "person" },
        new() { Canonical = "Ant Group", Source = "Ant", Type = "organization" },
        new() { Canonical = "One", Source = "一" },                       // one character: too ambiguous
        new() { Canonical = "Tencent", Source = "腾讯" },
        new() { Canonical = "Tengxun", Source = "腾讯" },                 // two answers: ambiguous
        new() { Canonical = "no source" },
    ];

    private static readonly GlossaryProtection Protection = new(Entries);

    private static string M(string source, string canonical) => DictionaryMarkup.Wrap(source, canonical);

    [Theory]
    [InlineData("奈雪的茶CTO何刚离职。", "{0}CTO{2}离职。")]
    [InlineData("奈雪的茶控股上市。", "{1}上市。")]                    // longest source wins
    [InlineData("Ant and Antarctica", "{3} and Antarctica")]       // Latin sources are word-bounded
    public void Protect_SourcesInText_Wrapped(string text, string expected) =>
        Assert.Equal(string.Format(expected, M("奈雪的茶", "Nayuki"), M("奈雪的茶控股", "Nayuki Holdings"), M("何刚", "He Gang"), M("Ant", "Ant Group")),
            Protection.Protect(text));

    [Theory]
    [InlineData("腾讯一季度营收。")]                                   // ambiguous and one-character sources
    [InlineData("见 https://example.com/奈雪的茶 。")]                  // inside a URL
    [InlineData("没有术语的句子。")]
    [InlineData("")]
    public void Protect_NothingToProtect_Unchanged(string text) =>
        Assert.Equal(text, Protection.Protect(text));

    [Fact]
    public void Protect_Html_TagsLeftAlone()
    {
        var protection = new GlossaryProtection([new GlossaryEntry { Canonical = "Nayuki", Source = "奈雪的茶" }]);

        Assert.Equal($"<a title=\"奈雪的茶\">{M("奈雪的茶", "Nayuki")}</a>",
            protection.Protect("<a title=\"奈雪的茶\">奈雪的茶</a>", TextType.Html));
    }

    [Theory]
    [InlineData("zh-Hans", "Nayuki|Shanghai")]
    [InlineData("ja", "Toyota|Shanghai")]
    [InlineData(null, "Nayuki|Toyota|Shanghai")]
    public void ForSource_GlossariesOfOtherSourceLanguages_Left(string? from, string expected)
    {
        var glossaries = new[]
        {
            new Glossary([new GlossaryEntry { Canonical = "Nayuki", Source = "奈雪的茶" }], [], "zh-en"),
            new Glossary([new GlossaryEntry { Canonical = "Toyota", Source = "トヨタ" }], [], "ja-en"),
            new Glossary([new GlossaryEntry { Canonical = "Shanghai", Source = "上海市" }], []),   // pair unknown: kept
        };

        string text = GlossaryProtection.ForSource(glossaries, from).Protect("奈雪的茶 トヨタ 上海市");

        Assert.Equal(expected, string.Join("|", System.Text.RegularExpressions.Regex.Matches(text, "translation=\"([^\"]+)\"").Select(m => m.Groups[1].Value)));
    }

    [Fact]
    public void Count_ProtectableSourcesOnly() => Assert.Equal(4, Protection.Count);

    [Fact]
    public async Task GlossaryProtectedTranslator_SendsMarkupAndStripsLeftovers()
    {
        var inner = new FakeTranslator(t => t.Replace(M("奈雪的茶", "Nayuki"), "Nayuki").Replace("离职", " resigned")
            .Replace(M("何刚", "He Gang"), M("何刚", "He Gang")));
        var translator = new GlossaryProtectedTranslator(inner, Protection);

        var result = await translator.TranslateAsync(["奈雪的茶何刚离职"], new TranslationRequest("zh-Hans", "en"));

        Assert.Equal($"{M("奈雪的茶", "Nayuki")}{M("何刚", "He Gang")}离职", Assert.Single(Assert.Single(inner.Calls).Texts));
        Assert.Equal("NayukiHe Gang resigned", Assert.Single(result));
    }
}
