using System.Text.Json.Serialization;

namespace TranslationFix.Cli.Batch;

/// <summary>
/// One line of a <c>--report</c> file: what happened to one file. <see cref="Sha256"/> (the input)
/// and <see cref="OutputSha256"/> with <see cref="Engine"/> let <c>--since-report</c> tell that a file is
/// already done.
/// </summary>
public sealed record FileRecord
{
    public required string Path { get; init; }
    public required FileStatus Status { get; init; }

    /// <summary>Why a file was skipped or failed.</summary>
    public string? Reason { get; init; }

    /// <summary>Fixes applied, by rule id.</summary>
    public IReadOnlyDictionary<string, int> Edits { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Findings on the original text (what <c>check</c> reports).</summary>
    public int Findings { get; init; }

    /// <summary>Findings left on the output for an editor (flags, fixes that could not be applied).</summary>
    public int Remaining { get; init; }

    public long Bytes { get; init; }
    public long Milliseconds { get; init; }
    public string? Sha256 { get; init; }
    public string? OutputSha256 { get; init; }

    /// <summary>Fingerprint of the glossaries and engine settings that produced the output.</summary>
    public string? Engine { get; init; }

    /// <summary>True when nothing was written (--dry-run): such a line never counts as done.</summary>
    public bool DryRun { get; init; }

    [JsonIgnore]
    public int EditCount => Edits.Values.Sum();
}
