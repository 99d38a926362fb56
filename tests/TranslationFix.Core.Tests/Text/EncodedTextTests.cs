using System.Text;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Tests.Text;

public sealed class EncodedTextTests
{
    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0x0D, 0x0A, (byte)'b' })]      // UTF-8 BOM, CRLF
    [InlineData(new byte[] { (byte)'a', 0x0A, (byte)'b', 0x0D })]                       // LF, lone CR
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0, 0x0D, 0, 0x0A, 0 })]             // UTF-16 LE with BOM
    [InlineData(new byte[] { 0xE5, 0xA5, 0x88, (byte)' ' })]                            // 奈 in UTF-8
    public void Decode_ThenEncode_RoundTripsBytes(byte[] bytes)
        => Assert.Equal(bytes, EncodedText.Decode(bytes).Encode());

    [Fact]
    public void WithText_KeepsBomAndEncoding()
    {
        var original = EncodedText.Decode([0xEF, 0xBB, 0xBF, (byte)'x', 0x0D, 0x0A]);
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'y', 0x0D, 0x0A], original.WithText("y\r\n").Encode());
    }

    [Fact]
    public void Decode_InvalidUtf8_Throws()
        => Assert.Contains("not valid utf-8", Assert.Throws<InvalidTextException>(() => EncodedText.Decode([0x61, 0xC3, 0x28])).Message);

    [Fact]
    public void Decode_BinaryWithNul_Throws()
        => Assert.Contains("binary", Assert.Throws<InvalidTextException>(() => EncodedText.Decode(Encoding.ASCII.GetBytes("ab\0cd"))).Message);
}
