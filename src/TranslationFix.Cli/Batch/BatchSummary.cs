namespace TranslationFix.Cli.Batch;

/// <summary>Running totals of a batch, fed one <see cref="FileRecord"/> at a time from any worker.</summary>
public sealed class BatchSummary
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<string, int> _edits = new(StringComparer.Ordinal);
    private readonly Dictionary<FileStatus, int> _counts = [];
    private readonly List<FileRecord> _problems = [];

    public int Planned { get; init; }
    public long PlannedBytes { get; init; }
    public int Processed { get; private set; }
    public long Bytes { get; private set; }
    public int Remaining { get; private set; }
    public TimeSpan Elapsed { get; set; }
    public bool Interrupted { get; set; }

    public void Add(FileRecord record)
    {
        lock (_lock)
        {
            Processed++;
            Bytes += record.Bytes;
            Remaining += record.Status is FileStatus.Resumed ? 0 : record.Remaining;
            _counts[record.Status] = Count(record.Status) + 1;
            if (record.Status is FileStatus.Skipped or FileStatus.Failed) _problems.Add(record);
            if (record.Status is not FileStatus.Resumed)
                foreach (var (rule, n) in record.Edits) _edits[rule] = _edits.GetValueOrDefault(rule) + n;
        }
    }

    public int Count(FileStatus status) => _counts.GetValueOrDefault(status);

    public IReadOnlyDictionary<string, int> EditsByRule => _edits;

    /// <summary>Skipped and failed files, in path order.</summary>
    public IReadOnlyList<FileRecord> Problems => [.. _problems.OrderBy(p => p.Path, StringComparer.Ordinal)];

    public bool HasProblems => Count(FileStatus.Skipped) + Count(FileStatus.Failed) > 0;

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;
}
