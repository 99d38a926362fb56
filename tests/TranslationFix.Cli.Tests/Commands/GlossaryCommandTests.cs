using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Commands;

public sealed class GlossaryCommandTests
{
    [Fact]
    public void Lint_GoodGlossary_SaysOk()
    {
        using var dir = new TempFolder();
        var run = Tfix.Invoke(dir.Path, "glossary", "lint", "glossary.yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("ok: 2 entries, 0 rules", run.StdOut);
    }

    [Fact]
    public void Lint_BadGlossary_ExitsTwoWithFileAndLine()
    {
        using var dir = new TempFolder();
        dir.Write("bad.yaml", "- canonical: A\n  type: animal\n");
        var run = Tfix.Invoke(dir.Path, "glossary", "lint", "bad.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("tfix: bad.yaml:2: unknown type 'animal'", run.StdErr);
    }

    [Fact]
    public void Lint_TwoGlossariesDisagree_ReportsBothPlaces()
    {
        using var dir = new TempFolder();
        dir.Write("a.yaml", "- canonical: CATL\n  type: organization\n  variants: [\"Ningde Times\"]\n");
        dir.Write("b.yaml", "# house\n- canonical: Contemporary Amperex\n  type: organization\n  variants: [\"Ningde Times\"]\n");
        var run = Tfix.Invoke(dir.Path, "glossary", "lint", "a.yaml", "b.yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("a.yaml:1: conflict: variant 'Ningde Times' has two canonical forms: 'CATL' and 'Contemporary Amperex'", run.StdOut);
        Assert.Contains("b.yaml:2)", run.StdOut);
    }

    [Fact]
    public void Lint_Verbose_PrintsEachVariantsClassAndEvidence()
    {
        using var dir = new TempFolder();
        dir.Write("a.yaml", "- canonical: ByteDance\n  type: organization\n  variants: [\"Byte\", \"Byte Jump\"]\n");
        var run = Tfix.Invoke(dir.Path, "glossary", "lint", "-v", "a.yaml");
        Assert.Contains("'Byte' → 'ByteDance': ordinary, weak; needs a full rendering", run.StdOut);
        Assert.Contains("'Byte Jump' → 'ByteDance': distinctive; needs none", run.StdOut);
    }

    [Fact]
    public void List_ShippedGlossary_IsEmbedded()
    {
        using var dir = new TempFolder();   // any folder: no files needed
        var run = Tfix.Invoke(dir.Path, "glossary", "list", "--pair", "zh-en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\tKai-Fu Lee\t李开复\t", run.StdOut);
    }

    [Fact]
    public void ImportCsv_ThenUse_FixesWithTheImportedEntries()
    {
        using var dir = new TempFolder();
        dir.Write("terms.csv", "canonical,source,type,variants\nCATL,宁德时代,organization,Ningde Times\n");
        dir.Write("a.txt", "Ningde Times grew.");

        var import = Tfix.Invoke(dir.Path, "glossary", "import", "terms.csv", "-o", "terms.yaml");
        var fix = Tfix.Invoke(dir.Path, "fix", "a.txt", "-g", "terms.yaml", "--no-builtin-glossaries");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal("CATL grew.", fix.StdOut);
    }

    [Fact]
    public void Export_ShippedGlossary_IsTbx()
    {
        using var dir = new TempFolder();
        var run = Tfix.Invoke(dir.Path, "glossary", "export", "--pair", "zh-en", "--format", "tbx");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<tbx type=\"TBX-Basic\"", run.StdOut);
        Assert.Contains("<term>奈雪的茶</term>", run.StdOut);
    }

    [Fact]
    public void Import_UnknownExtension_IsBadUsage()
    {
        using var dir = new TempFolder();
        dir.Write("g.docx", "x");
        var run = Tfix.Invoke(dir.Path, "glossary", "import", "g.docx");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("tfix: g.docx: cannot import", run.StdErr);
    }
}
