namespace TranslationFix.Cli.Files;

/// <summary>
/// Writes a file so that it is never half-written: the bytes go to a temporary file in the same
/// folder, are flushed to disk, and the temporary file is renamed over the target. What the user
/// had stays as it was: a symlink is followed (the file it names is replaced, the link stays a
/// link); the target's mode, owner and group are kept (a new file takes <c>mode</c> when given).
/// Where a rename cannot keep them (the file has other hard links, or belongs to a user this
/// process cannot give a file to) the new bytes are staged the same way and then written through
/// into the existing file, which keeps its inode; that last copy is the one step that is not atomic.
/// </summary>
public static class AtomicFile
{
    private const string TempMarker = ".tfix-";

    public static void Write(string path, byte[] bytes, UnixFileMode? mode = null) => Stage(path, bytes, mode).Commit();

    /// <summary>
    /// <see cref="Write"/> for an in-place rewrite of the user's own file: a read-only file is
    /// refused unless <paramref name="force"/> (a rename would replace it without a word).
    /// </summary>
    public static void Replace(string path, byte[] bytes, bool force)
    {
        CheckReplaceable(path, force);
        Write(path, bytes);
    }

    /// <summary>Throws when <paramref name="path"/> is read-only and <paramref name="force"/> is not given.</summary>
    public static void CheckReplaceable(string path, bool force)
    {
        if (force) return;
        string target = RealPath(path);
        if (File.Exists(target) && IsReadOnly(target))
            throw new CliException($"{path}: the file is read-only; not replaced (use --force to replace it anyway)");
    }

    /// <summary>
    /// The first half of <see cref="Write"/>: the new bytes are on disk in a temporary file beside
    /// the target, which is untouched until <see cref="StagedFile.Commit"/> renames it into place.
    /// A process killed in between leaves the old file and a stray temporary file.
    /// </summary>
    internal static StagedFile Stage(string path, byte[] bytes, UnixFileMode? mode = null)
    {
        string full;
        try
        {
            full = RealPath(path);
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot write: {InputFiles.Reason(e)}");
        }
        string directory = Path.GetDirectoryName(full)!;
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}{TempMarker}{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            bool writeThrough = false;
            if (!OperatingSystem.IsWindows())
            {
                if (File.Exists(full)) File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
                else if (mode is { } m) File.SetUnixFileMode(temp, m);
                writeThrough = File.Exists(full) && !RenameKeepsIdentity(full, temp);
            }
            return new StagedFile(path, full, temp, writeThrough);
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

    internal sealed class StagedFile(string path, string target, string temp, bool writeThrough)
    {
        public string TempPath => temp;

        /// <summary>True when the target is written through (its hard links or owner could not survive a rename).</summary>
        public bool WritesThrough => writeThrough;

        public void Commit()
        {
            try
            {
                if (writeThrough) CopyInto(temp, target);
                else File.Move(temp, target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{path}: cannot write: {InputFiles.Reason(e)}");
            }
            finally
            {
                TryDelete(temp);
            }
        }
    }

    /// <summary>The file a path names, through any symlinks (the path itself when it is not a link).</summary>
    internal static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.LinkTarget is null) return full;
        return info.ResolveLinkTarget(returnFinalTarget: true) is { } final ? Path.GetFullPath(final.FullName) : full;
    }

    // A renamed temporary file is a new inode: other hard links would keep the old text, and it
    // belongs to this process's user unless it can be given to the target's owner.
    private static bool RenameKeepsIdentity(string target, string temp)
    {
        if (UnixFileOwner.Of(target) is not { } owner) return true;   // not Linux: the mode is all we keep
        if (owner.Links > 1) return false;
        if (UnixFileOwner.Of(temp) is { } mine && mine.Uid == owner.Uid && mine.Gid == owner.Gid) return true;
        return UnixFileOwner.TrySet(temp, owner);
    }

    private static bool IsReadOnly(string path)
    {
        if (OperatingSystem.IsWindows()) return File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly);
        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        return (File.GetUnixFileMode(path) & anyWrite) == 0 || !UnixFileOwner.CanWrite(path);
    }

    private static void CopyInto(string source, string target)
    {
        using var input = new FileStream(source, FileMode.Open, FileAccess.Read);
        using var output = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.None);
        input.CopyTo(output);
        output.SetLength(input.Length);
        output.Flush(flushToDisk: true);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
