using TranslationFix.Core.Evaluation;
using TranslationFix.Core.Tests.Support;

namespace TranslationFix.Core.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private const string Glossary = """
        - canonical: Xiaomi
          source: 小米
          type: organization
          variants: ["Small Rice Technology"]
        """;

    [Fact]
    public void Run_ScoresEveryFileWithOneEngine_InFileOrder()
    {
        var evaluator = new Evaluator(TestEngine.FromYaml(Glossary));
        MtSample[] mt =
        [
            new("b.txt", "Small Rice Technology shipped phones.", [new("Small Rice Technology", "Xiaomi", "name", "high", 1)]),
            new("a.txt", "Sales rose 5 % in May.", [new("5 %", "5%", "punctuation", "medium", 1)]),
        ];
        CleanSample[] clean =
        [
            new("c.txt", "Rice technology in Asia has a long history.", [new("c.txt", "Rice technology", TrapKind.MustNotChange, "", 1)]),
        ];

        var result = evaluator.Run(mt, clean);

        Assert.Equal(["b.txt", "a.txt"], result.Mt.Select(f => f.Name));
        Assert.True(result.Mt[0].Outcomes[0].Fixed);
        Assert.Equal(1, result.RecallByKind.Single(r => r.Kind == "name").Fixed);
        Assert.All(result.Mt, f => Assert.True(f.Idempotent));
        Assert.Equal(1, result.UnchangedControls);
        Assert.Empty(result.FalseEdits);
        Assert.Equal(1, result.MustNotChangeTraps);
        Assert.Equal(0, result.BrokenTraps);
    }
}
