using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TranslationFix.Cli.Tests.Support;
using TranslationFix.Fuzz;

namespace TranslationFix.Cli.Tests.Hardening;

/// <summary>
/// Random files through whole command lines (the program's error boundary included): the exit code
/// is 0, 1 or 2, a 2 says why in one line, no exception escapes, and a failed command leaves the
/// input file as it was. TFIX_FUZZ_COUNT=N runs N cases per property (docs/reliability.md).
/// </summary>
public sealed class CliFuzzProperties
{
    private static Gen<(string Glossary, string Document, byte[] Noise)> Inputs =>
        from glossary in FuzzInputs.GlossaryYaml
        from document in FuzzInputs.Document
        from noise in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n))
        select (glossary, document, noise);

    private static void AssertExit((int ExitCode, string Error) run)
    {
        Assert.Contains(run.ExitCode, new[] { 0, 1, 2 });
        if (run.ExitCode == 2)
        {
            Assert.StartsWith("tfix: ", run.Error);
            Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        }
    }

    [Fact]
    public void FixCheckAndLint_RandomGlossaryAndDocument_ExitCodeIsZeroOneOrTwo() =>
        Check.One(FuzzInputs.Config(15), Prop.ForAll(Arb.From(Inputs), input =>
        {
            using var dir = new TempFolder();
            string glossary = dir.Write("g.yaml", input.Glossary);
            // Some articles end in stray bytes: invalid UTF-8 must be refused, not guessed at.
            string article = dir.WriteBytes("a.md", [.. Encoding.UTF8.GetBytes(input.Document), .. input.Noise]);
            byte[] before = File.ReadAllBytes(article);

            AssertExit(InProcess.RunCli("glossary", "lint", glossary));
            AssertExit(InProcess.RunCli("check", article, "--no-builtin-glossaries", "-g", glossary, "-o", dir.Combine("report.txt")));
            var fix = InProcess.RunCli("fix", article, "--no-builtin-glossaries", "-g", glossary, "--in-place");
            AssertExit(fix);
            if (fix.ExitCode == 2) Assert.Equal(before, File.ReadAllBytes(article));
            else AssertExit(InProcess.RunCli("fix", article, "--no-builtin-glossaries", "-g", glossary, "-o", dir.Combine("out.md")));
        }));

    [Fact]
    public void Check_RandomBilingualFile_ExitCodeIsZeroOneOrTwo() =>
        Check.One(FuzzInputs.Config(15), Prop.ForAll(Arb.From(FuzzInputs.BilingualFile), file =>
        {
            using var dir = new TempFolder();
            string path = dir.Write(file.Name, file.Text);
            AssertExit(InProcess.RunCli("check", path, "--no-builtin-glossaries", "-g", dir.Combine("glossary.yaml"), "-o", dir.Combine("report.json"), "--format", "json"));
        }));

    [Fact]
    public void Check_RandomTfixYaml_ExitCodeIsZeroOneOrTwo() =>
        Check.One(FuzzInputs.Config(15), Prop.ForAll(Arb.From(FuzzInputs.Mutate("language: en\nexclude: [\"drafts/\", \"*.bak.md\"]\nrules: { punct: off }\nglossaries: [glossary.yaml]\n")), config =>
        {
            using var dir = new TempFolder();
            dir.Write("tfix.yaml", config);
            dir.Write("a.md", "Naixue's tea opened a store .\n");
            AssertExit(InProcess.RunCli("check", dir.Path, "--no-builtin-glossaries", "-o", dir.Combine("report.txt")));
        }));
}
