using TranslationFix.Translation.Azure;

namespace TranslationFix.Translation.Tests.Azure;

public sealed class TranslatorOptionsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void FromEnvironment_KeyOnly_GlobalEndpointNoRegion()
    {
        var options = TranslatorOptions.FromEnvironment(Env(("TFIX_TRANSLATOR_KEY", " abc ")));

        Assert.Equal("abc", options.Key);
        Assert.Null(options.Region);
        Assert.Equal(new Uri("https://api.cognitive.microsofttranslator.com"), options.Endpoint);
    }

    [Fact]
    public void FromEnvironment_AllThree_Used()
    {
        var options = TranslatorOptions.FromEnvironment(Env(("TFIX_TRANSLATOR_KEY", "abc"), ("TFIX_TRANSLATOR_REGION", "westeurope"),
            ("TFIX_TRANSLATOR_ENDPOINT", "https://my-resource.cognitiveservices.azure.com/translator/text/v3.0")));

        Assert.Equal("westeurope", options.Region);
        Assert.Equal("my-resource.cognitiveservices.azure.com", options.Endpoint.Host);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void FromEnvironment_NoKey_ErrorNamesVariable(string? key)
    {
        var error = Assert.Throws<TranslatorConfigurationException>(() => TranslatorOptions.FromEnvironment(Env(("TFIX_TRANSLATOR_KEY", key!))));

        Assert.StartsWith("TFIX_TRANSLATOR_KEY is not set", error.Message);
    }

    [Theory]
    [InlineData("\"abc123\"")]
    [InlineData("abc 123")]
    [InlineData("abc123é")]
    public void FromEnvironment_KeyWithBadCharacters_ErrorWithoutTheKey(string key)
    {
        var error = Assert.Throws<TranslatorConfigurationException>(() => TranslatorOptions.FromEnvironment(Env(("TFIX_TRANSLATOR_KEY", key))));

        Assert.StartsWith("TFIX_TRANSLATOR_KEY holds characters", error.Message);
        Assert.DoesNotContain("abc", error.Message);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org")]
    public void FromEnvironment_BadEndpoint_ErrorNamesVariable(string endpoint)
    {
        var error = Assert.Throws<TranslatorConfigurationException>(() =>
            TranslatorOptions.FromEnvironment(Env(("TFIX_TRANSLATOR_KEY", "abc"), ("TFIX_TRANSLATOR_ENDPOINT", endpoint))));

        Assert.StartsWith("TFIX_TRANSLATOR_ENDPOINT:", error.Message);
    }

    [Fact]
    public void ToString_NeverShowsKey()
    {
        var options = new TranslatorOptions { Key = "super-secret", Region = "eastus" };

        Assert.DoesNotContain("super-secret", options.ToString());
        Assert.Equal("error *** here", options.Redact("error super-secret here"));
    }
}
