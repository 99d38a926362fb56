namespace TranslationFix.Cli.Files;

/// <summary>
/// Writes a file so that it is never half-written: the bytes go to a temporary file in the same
/// folder, are flushed to disk, and the temporary file is renamed over the target. The target's
/// permissions are kept (or, for a new file, taken from <c>mode</c> when given).
/// </summary>
public static class AtomicFile
{
    private const string TempMarker = ".tfix-";

    public static void Write(string path, byte[] bytes, UnixFileMode? mode = null) => Stage(path, bytes, mode).Commit();

    /// <summary>
    /// The first half of <see cref="Write"/>: the new bytes are on disk in a temporary file beside
    /// the target, which is untouched until <see cref="StagedFile.Commit"/> renames it into place.
    /// A process killed in between leaves the old file and a stray temporary file.
    /// </summary>
    internal static StagedFile Stage(string path, byte[] bytes, UnixFileMode? mode = null)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}{TempMarker}{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows())
            {
                if (File.Exists(full)) File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
                else if (mode is { } m) File.SetUnixFileMode(temp, m);
            }
            return new StagedFile(path, full, temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new CliException($"{path}: cannot write: {InputFiles.Reason(e)}");
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>True for the temporary files this class leaves behind when a writer is killed.</summary>
    public static bool IsTempFile(string path)
    {
        string name = Path.GetFileName(path);
        return name.StartsWith('.') && name.Contains(TempMarker, StringComparison.Ordinal) && name.EndsWith(".tmp", StringComparison.Ordinal);
    }

    internal sealed class StagedFile(string path, string target, string temp)
    {
        public string TempPath => temp;

        public void Commit()
        {
            try
            {
                File.Move(temp, target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TryDelete(temp);
                throw new CliException($"{path}: cannot write: {InputFiles.Reason(e)}");
            }
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
