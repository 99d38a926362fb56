using TranslationFix.Core.Text;

namespace TranslationFix.Cli.Output;

public static class StdOut
{
    /// <summary>Writes the text in its own encoding (BOM included), so `tfix fix a > b` round-trips bytes.</summary>
    public static void WriteText(EncodedText text)
    {
        Console.Out.Flush();
        using var stdout = Console.OpenStandardOutput();
        stdout.Write(text.Encode());
        stdout.Flush();
    }
}
