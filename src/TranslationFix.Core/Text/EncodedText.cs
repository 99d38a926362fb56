using System.Text;

namespace TranslationFix.Core.Text;

/// <summary>
/// Decoded text plus what is needed to write it back byte for byte: the encoding and whether a
/// byte order mark was present. Line endings are never normalised, so they round-trip as they are.
/// </summary>
public sealed record EncodedText(string Text, Encoding Encoding, bool HasBom)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding StrictUtf8WithBom = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 (with or without BOM) or BOM-marked UTF-16; invalid UTF-8 throws <see cref="InvalidTextException"/>.</summary>
    public static EncodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new(DecodeStrict(StrictUtf8, bytes[3..]), StrictUtf8WithBom, true);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(DecodeStrict(new UnicodeEncoding(false, true, true), bytes[2..]), new UnicodeEncoding(false, true, true), true);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(DecodeStrict(new UnicodeEncoding(true, true, true), bytes[2..]), new UnicodeEncoding(true, true, true), true);
        if (bytes.IndexOf((byte)0) >= 0)
            throw new InvalidTextException("binary file (contains NUL bytes)");
        return new(DecodeStrict(StrictUtf8, bytes), StrictUtf8, false);
    }

    public static EncodedText FromString(string text) => new(text, StrictUtf8, false);

    public EncodedText WithText(string text) => this with { Text = text };

    public byte[] Encode()
    {
        byte[] body = Encoding.GetBytes(Text);
        if (!HasBom) return body;
        return [.. Encoding.GetPreamble(), .. body];
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(encoding, bytes, e.Index);
            string badByte = e.BytesUnknown is { Length: > 0 } unknown ? $" (byte 0x{unknown[0]:X2})" : "";
            throw new InvalidTextException($"not valid {encoding.WebName} text{badByte}", line, column);
        }
    }

    // An editor finds a bad byte by line and column, not by offset: count the line feeds before
    // it, and the characters (decoded leniently) between the last one and it.
    private static (int Line, int Column) Position(Encoding encoding, ReadOnlySpan<byte> bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        if (encoding is UnicodeEncoding)
        {
            string before = Encoding.Unicode.GetString(bytes[..(index & ~1)]);
            int lastLf = before.LastIndexOf('\n');
            return (before.Count(c => c == '\n') + 1, before.Length - lastLf);
        }
        var prefix = bytes[..index];
        int line = prefix.Count((byte)'\n') + 1;
        int lineStart = prefix.LastIndexOf((byte)'\n') + 1;
        int column = Encoding.UTF8.GetCharCount(prefix[lineStart..]) + 1;
        return (line, column);
    }
}

/// <summary>The bytes are not text the engine can read; <see cref="Line"/> is 0 when no place applies.</summary>
public sealed class InvalidTextException(string message, int line = 0, int column = 0) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;

    /// <summary>"path:line:column: reason" (or "path: reason" without a place), as compilers write it.</summary>
    public string Describe(string path) => Line > 0 ? $"{path}:{Line}:{Column}: {Message}" : $"{path}: {Message}";
}
