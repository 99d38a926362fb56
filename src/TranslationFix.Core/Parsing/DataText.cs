using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace TranslationFix.Core.Parsing;

/// <summary>
/// Decodes the bytes of a data file strictly: UTF-8 (a BOM is dropped) or BOM-marked UTF-16.
/// Invalid UTF-8 is an error naming the line, never silently replaced with U+FFFD, because a
/// glossary term with a replacement character would match nothing (or the wrong thing).
/// </summary>
public static class DataText
{
    public static string Decode(ReadOnlySpan<byte> bytes, string path)
    {
        if (InputLimits.TooLarge(bytes.Length) is { } tooLarge) throw new DataFormatException(path, 1, tooLarge);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            try
            {
                return new UnicodeEncoding(bytes[0] == 0xFE, true, true).GetString(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                throw new DataFormatException(path, 1, "not valid UTF-16 text");
            }
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            int line = 1 + bytes[..read].Count((byte)'\n');
            throw new DataFormatException(path, line, $"not valid UTF-8 (bad byte 0x{bytes[Math.Min(read, bytes.Length - 1)]:X2}); save the file as UTF-8");
        }
        return new string(chars, 0, written);
    }
}
