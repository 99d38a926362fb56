using System.Text;
using System.Text.Json;
using TranslationFix.Cli.Commands;
using TranslationFix.Cli.Tests.Support;

namespace TranslationFix.Cli.Tests.Stream;

public sealed class StreamCommandTests
{
    private static (int Exit, List<JsonElement> Lines) Stream(string input, params string[] args)
    {
        using var dir = new TempFolder();
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(input));
        using var stdout = new MemoryStream();
        int exit = InProcess.Run(StreamCommand.Create(stdin, stdout),
            ["stream", "-g", dir.Combine("glossary.yaml"), "--no-builtin-glossaries", .. args]);
        string output = Encoding.UTF8.GetString(stdout.ToArray());
        Assert.EndsWith("\n", output);
        var lines = output[..^1].Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (exit, lines);
    }

    [Fact]
    public void Stream_CleansEachRecord_InTheShapeOfCheckJson()
    {
        var (exit, lines) = Stream("""{"id": "a1", "text": "Naixue’s tea opened a shop."}""" + "\n");

        Assert.Equal(0, exit);
        var record = Assert.Single(lines);
        Assert.Equal("a1", record.GetProperty("id").GetString());
        Assert.Equal("Nayuki opened a shop.", record.GetProperty("text").GetString());
        Assert.True(record.GetProperty("changed").GetBoolean());
        var finding = Assert.Single(record.GetProperty("findings").EnumerateArray());
        Assert.Equal("name.glossary", finding.GetProperty("ruleId").GetString());
        Assert.Equal(0, finding.GetProperty("start").GetInt32());
        Assert.Equal(12, finding.GetProperty("length").GetInt32());
        Assert.Equal("Nayuki", finding.GetProperty("replacement").GetString());
    }

    [Fact]
    public void Stream_ManyRecords_KeepInputOrderAcrossBatches()
    {
        var input = new StringBuilder();
        for (int i = 0; i < 500; i++)
            input.Append(JsonSerializer.Serialize(new { id = i, text = i % 3 == 0 ? $"Record {i}: big models." : $"Record {i} is fine." })).Append('\n');

        var (exit, lines) = Stream(input.ToString(), "--batch-size", "7", "--jobs", "3");

        Assert.Equal(0, exit);
        Assert.Equal(Enumerable.Range(0, 500), lines.Select(l => l.GetProperty("id").GetInt32()));
        Assert.All(lines, l => Assert.StartsWith($"Record {l.GetProperty("id").GetInt32()}", l.GetProperty("text").GetString()));
        Assert.Equal(167, lines.Count(l => l.GetProperty("changed").GetBoolean()));
    }

    [Fact]
    public void Stream_BadRecords_GetAnErrorLineAndTheStreamGoesOn()
    {
        const string input = """
            {"id": 1, "text": "big models"}
            {"id": 2, "text": "broken
            {"id": 3}
            [1, 2]

            {"id": 4, "text": 5}
            {"id": 5, "text": "fine"}
            """;

        var (exit, lines) = Stream(input);

        Assert.Equal(2, exit);
        Assert.Equal(7, lines.Count);   // one line out per line in
        Assert.Equal("large models", lines[0].GetProperty("text").GetString());
        Assert.Equal(2, lines[1].GetProperty("id").GetInt32());   // the id is readable before the damage
        Assert.StartsWith("line 2: not valid JSON", lines[1].GetProperty("error").GetString());
        Assert.Equal("line 3: missing string field 'text'", lines[2].GetProperty("error").GetString());
        Assert.False(lines[3].TryGetProperty("id", out _));
        Assert.Equal("line 5: empty line", lines[4].GetProperty("error").GetString());
        Assert.Equal("line 6: field 'text' must be a string", lines[5].GetProperty("error").GetString());
        Assert.Equal("fine", lines[6].GetProperty("text").GetString());
    }

    [Fact]
    public void Stream_SourceField_ChecksNumbersAgainstTheSource()
    {
        const string input = """{"id": 1, "text": "Sales were 3 million yuan.", "zh": "销售额3000万元。", "from": "zh"}""" + "\n";

        var (_, withSource) = Stream(input, "--source-field", "zh");
        var (_, without) = Stream(input);

        Assert.Equal("Sales were 30 million yuan.", withSource[0].GetProperty("text").GetString());
        Assert.Equal("Sales were 3 million yuan.", without[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Stream_IdOfAnyJsonType_IsEchoedAsGiven()
    {
        var (_, lines) = Stream("""{"id": {"doc": 9, "part": 2}, "text": "ok"}""" + "\n" + """{"text": "no id"}""" + "\n");
        Assert.Equal(9, lines[0].GetProperty("id").GetProperty("doc").GetInt32());
        Assert.False(lines[1].TryGetProperty("id", out _));
    }

    [Fact]
    public void Stream_BadJobs_IsAUsageError()
    {
        Assert.Throws<CliException>(() => Stream("", "--jobs", "0"));
    }
}
