namespace TranslationFix.Core.Tests.Numbers;

public sealed class UnitStyleCheckTests
{
    [Fact]
    public void MixedSystem_OneQuantityWithASpeedUnit_IsOneFinding()
    {
        var f = Assert.Single(NumberTestEngine.Findings("The range is 45 km, the route 30 km, and the top speed 15.5 miles per hour.", "unit.mixed-system"));
        Assert.Equal("15.5 miles per hour", f.Text);
    }

    [Fact]
    public void Analyze_SymbolAndSpelledOut_FlagsMinority()
    {
        var f = Assert.Single(NumberTestEngine.Findings("The line is 5 km long, the road 12 km, the tunnel 3 kilometres.", "unit.mixed-style"));
        Assert.Equal("3 kilometres", f.Text);
        Assert.Null(f.Replacement);
    }

    [Fact]
    public void Analyze_MetricAndImperial_FlagsMinoritySystem()
    {
        var f = Assert.Single(NumberTestEngine.Findings("The line is 5 km long, the road 12 km, the tunnel 3 miles.", "unit.mixed-system"));
        Assert.Equal("3 miles", f.Text);
    }

    [Theory]
    [InlineData("The line is 5 km long and the road 12 km.")]
    [InlineData("The line is 5 km (3.1 miles) long and the road 12 km.")]
    [InlineData("It costs 5 million and weighs 3 tonnes; the team has 12 members.")]
    public void Analyze_OneStyle_NoFinding(string input)
        => Assert.DoesNotContain(NumberTestEngine.Findings(input), f => f.RuleId.StartsWith("unit.", StringComparison.Ordinal));
}
