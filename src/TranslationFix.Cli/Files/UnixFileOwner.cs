using System.Runtime.InteropServices;

namespace TranslationFix.Cli.Files;

/// <summary>
/// What .NET does not expose about a file on Linux: its owner, group and number of hard links
/// (statx, whose layout is the same on every architecture), and chown. On other systems
/// <see cref="Of"/> returns null and callers keep only the mode.
/// </summary>
internal static class UnixFileOwner
{
    public sealed record Info(uint Uid, uint Gid, uint Links);

    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int WriteOk = 2;

    public static Info? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            var buffer = new byte[256];
            if (Statx(AtFdCwd, path, 0, StatxBasicStats, buffer) != 0) return null;
            // struct statx: u32 mask, u32 blksize, u64 attributes, u32 nlink, u32 uid, u32 gid, ...
            return new Info(BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt32(buffer, 24), BitConverter.ToUInt32(buffer, 16));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Gives <paramref name="path"/> the owner and group; false when not allowed (only root may give a file away).</summary>
    public static bool TrySet(string path, Info owner)
    {
        try
        {
            return Chown(path, owner.Uid, owner.Gid) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>True when this process may write to the file itself (access(2) W_OK).</summary>
    public static bool CanWrite(string path)
    {
        try
        {
            return Access(path, WriteOk) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int Chown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);

    [DllImport("libc", EntryPoint = "access", SetLastError = true)]
    private static extern int Access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);
}
