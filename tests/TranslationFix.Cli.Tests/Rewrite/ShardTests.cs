using TranslationFix.Cli.Batch;

namespace TranslationFix.Cli.Tests.Rewrite;

public sealed class ShardTests
{
    private static readonly string[] Paths = [.. Enumerable.Range(0, 1000).Select(i => $"{i % 13}/article-{i:D4}.{(i % 3 == 0 ? "md" : "txt")}")];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(64)]
    public void Contains_AllShards_PartitionTheFileSetExactly(int count)
    {
        var shards = Enumerable.Range(1, count).Select(k => new Shard(k, count)).ToList();

        foreach (var path in Paths)
            Assert.Equal(1, shards.Count(s => s.Contains(path)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Contains_ManyFiles_SharesAreRoughlyEven(int count)
    {
        foreach (int k in Enumerable.Range(1, count))
        {
            int share = Paths.Count(new Shard(k, count).Contains);
            Assert.InRange(share, Paths.Length / count * 8 / 10, Paths.Length / count * 12 / 10);
        }
    }

    [Fact]
    public void StableHash_KnownPath_NeverChanges()
    {
        // Shards must agree across machines, runs and versions: this value (FNV-1a 64 + murmur3
        // finaliser over the UTF-8 path) is part of the contract.
        Assert.Equal(4453979468899519692UL, Shard.StableHash("2024/01/article.txt"));
        Assert.Equal(Shard.StableHash("a/b.txt"), Shard.StableHash("a\\b.txt"));
        Assert.NotEqual(Shard.StableHash("a/b.txt"), Shard.StableHash("a/c.txt"));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("4/4", 4, 4)]
    public void Parse_Valid_ReadsIndexAndCount(string text, int index, int count) =>
        Assert.Equal(new Shard(index, count), Shard.Parse(text));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void Parse_Invalid_ThrowsCliException(string text) =>
        Assert.Contains("--shard", Assert.Throws<CliException>(() => Shard.Parse(text)).Message);
}
