using TranslationFix.Cli.Files;
using TranslationFix.Core.Engine;
using TranslationFix.Core.Text;

namespace TranslationFix.Cli.Review;

/// <summary>
/// One file under review: its bytes as read, the change list, and the save that writes the
/// accepted changes only (same encoding, BOM and line endings, atomically).
/// </summary>
public sealed class ReviewSession
{
    private readonly byte[] _bytesRead;
    private readonly EncodedText _input;
    private readonly object _gate = new();

    public ReviewSession(string path, byte[] bytesRead, EncodedText input, Document document, ChangeList changes, int laterFixes)
    {
        Path = path;
        _bytesRead = bytesRead;
        _input = input;
        Document = document;
        Changes = changes;
        LaterFixes = laterFixes;
    }

    public string Path { get; }
    public Document Document { get; }
    public ChangeList Changes { get; }

    /// <summary>Fixes the engine would apply in later passes, after these changes (offered by the next review).</summary>
    public int LaterFixes { get; }

    public SaveOutcome? Saved { get; private set; }

    /// <summary>Writes the file with the accepted changes; refuses when the file changed on disk since it was read.</summary>
    public SaveOutcome Save(IReadOnlyCollection<int> accepted)
    {
        lock (_gate)
        {
            if (Saved is not null) throw new CliException($"{Path}: already saved");
            if (accepted.Any(id => id < 0 || id >= Changes.Changes.Count)) throw new CliException($"{Path}: no such change");
            byte[] now;
            try { now = File.ReadAllBytes(Path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new CliException($"{Path}: {InputFiles.Reason(e)}"); }
            if (!now.AsSpan().SequenceEqual(_bytesRead))
                throw new CliException($"{Path}: changed on disk since the review started; nothing was written");

            string text = Changes.Apply(accepted);
            if (!string.Equals(text, _input.Text, StringComparison.Ordinal)) AtomicFile.Write(Path, _input.WithText(text).Encode());
            int count = accepted.Distinct().Count();
            Saved = new SaveOutcome(Path, count, Changes.Changes.Count - count);
            return Saved;
        }
    }
}

/// <summary>What a save wrote: how many changes were accepted and rejected (open ones count as rejected).</summary>
public sealed record SaveOutcome(string Path, int Accepted, int Rejected);
