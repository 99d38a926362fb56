namespace TranslationFix.Cli.Batch;

/// <summary>How a batch writes its outputs: beside nothing (dry run), into a mirror folder, or in place.</summary>
public sealed record RewriteSettings
{
    /// <summary>Mirror folder for the outputs; null with <see cref="InPlace"/> or <see cref="DryRun"/>.</summary>
    public string? OutDir { get; init; }

    public bool InPlace { get; init; }

    /// <summary>With <see cref="InPlace"/>: keep the original of each changed file as PATH+suffix.</summary>
    public string? BackupSuffix { get; init; }

    /// <summary>With <see cref="InPlace"/>: replace read-only files too.</summary>
    public bool Force { get; init; }

    public bool DryRun { get; init; }

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public Shard Shard { get; init; } = Shard.All;

    /// <summary>Files larger than this are skipped (and reported), so memory stays bounded.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;
}
