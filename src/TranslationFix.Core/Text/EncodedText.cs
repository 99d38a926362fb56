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
            throw new InvalidTextException($"not valid {encoding.WebName} text (bad byte at offset {e.Index})");
        }
    }
}

/// <summary>The bytes are not text the engine can read.</summary>
public sealed class InvalidTextException(string message) : Exception(message);
