using TranslationFix.Core.Tests.Support;

namespace TranslationFix.Core.Tests.Engine;

/// <summary>Inputs that once broke a check, found by the idempotence properties; each must clean without error, twice alike.</summary>
public sealed class RegressionTests
{
    [Theory]
    [InlineData("Wang Huiwen and ’s He Gang Kaifu Li can Turn")]   // a possessive "s" after a joiner (casing check crashed)
    [InlineData("’s")]
    [InlineData("Sam O , Terman")]
    public void Clean_OddInput_IsStableAndDoesNotThrow(string text)
    {
        string once = TestEngine.Default.Clean(text).Corrected.Text;
        Assert.Equal(once, TestEngine.Default.Clean(once).Corrected.Text);
    }
}
