using TranslationFix.Cli.Batch;

namespace TranslationFix.Cli.Tests.Rewrite;

public sealed class BatchReportTests
{
    private static readonly FileRecord Changed = new()
    {
        Path = "corpus/a.txt",
        Status = FileStatus.Changed,
        Edits = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["name.glossary"] = 2, ["term.glossary"] = 1 },
        Findings = 3,
        Remaining = 1,
        Bytes = 1234,
        Milliseconds = 5,
        Sha256 = "aa",
        OutputSha256 = "bb",
        Engine = "cc",
    };

    [Fact]
    public void ToLine_ChangedFile_UsesTheDocumentedFieldNames()
    {
        Assert.Equal(
            """{"path":"corpus/a.txt","status":"changed","edits":{"name.glossary":2,"term.glossary":1},"findings":3,"remaining":1,"bytes":1234,"milliseconds":5,"sha256":"aa","outputSha256":"bb","engine":"cc","dryRun":false}""",
            BatchReport.ToLine(Changed));
    }

    [Fact]
    public void FromLine_ToLine_RoundTrips()
    {
        var back = BatchReport.FromLine(BatchReport.ToLine(Changed));

        Assert.Equal(BatchReport.ToLine(Changed), BatchReport.ToLine(back));
        Assert.Equal(Changed.Edits, back.Edits);
        Assert.Equal(3, back.EditCount);
    }

    [Theory]
    [InlineData(FileStatus.Skipped, "binary file (contains NUL bytes)", "\"status\":\"skipped\",\"reason\":\"binary file (contains NUL bytes)\"")]
    [InlineData(FileStatus.Resumed, null, "\"status\":\"resumed\",\"edits\"")]
    public void ToLine_Status_WrittenInLowerCaseWithReasonOnlyWhenGiven(FileStatus status, string? reason, string expected) =>
        Assert.Contains(expected, BatchReport.ToLine(Changed with { Status = status, Reason = reason }));
}
