namespace TranslationFix.Cli.Batch;

/// <summary>What happened to one file in a batch (the "status" of its report line).</summary>
public enum FileStatus
{
    /// <summary>Fixes were applied (or would be, with --dry-run).</summary>
    Changed,
    /// <summary>Nothing to fix.</summary>
    Unchanged,
    /// <summary>Done in an earlier run, per --since-report: same content, same glossary.</summary>
    Resumed,
    /// <summary>Not text the engine reads (binary, invalid encoding), unreadable, or too large.</summary>
    Skipped,
    /// <summary>Read and cleaned, but the output could not be written (or the engine failed).</summary>
    Failed,
}
