using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;

namespace TranslationFix.Core.Tests.Support;

/// <summary>
/// ApprovalTests with the corpus's own naming: the approved output of corpus/x/a.txt is
/// corpus/x/a.expected.txt, and a mismatch leaves corpus/x/a.received.txt to inspect (and to
/// rename over the expected file once reviewed).
/// </summary>
public static class CorpusApproval
{
    public static void Verify(string articlePath, string actual)
    {
        string directory = Path.GetDirectoryName(articlePath)!;
        string name = Path.GetFileNameWithoutExtension(articlePath);
        Approvals.Verify(new ExpectedFileWriter(actual), new CorpusNamer(directory, name), new QuietReporter());
    }

    private sealed class CorpusNamer(string directory, string name) : IApprovalNamer
    {
        public string SourcePath => directory;
        public string Name => name;
    }

    private sealed class ExpectedFileWriter(string text) : IApprovalWriter
    {
        public string GetApprovalFilename(string basename) => basename + ".expected.txt";
        public string GetReceivedFilename(string basename) => basename + ".received.txt";

        public string WriteReceivedFile(string received)
        {
            File.WriteAllText(received, text);
            return received;
        }
    }
}
