using System.Collections.Concurrent;

namespace TranslationFix.Cli.Streaming;

/// <summary>
/// Streams lines through a function in bounded batches, in parallel inside a batch and in input
/// order on output. A reader thread keeps a bounded queue of lines filled; each batch takes what is
/// queued (at least one line, at most the batch size), so a producer that waits for each answer is
/// served at once and a fast one gets full batches. Memory holds at most two batches and the queue.
/// </summary>
public sealed class OrderedBatches(int batchSize, int jobs)
{
    public void Run<T>(TextReader input, Func<string, long, T> process, Action<IReadOnlyList<T>> writeBatch)
    {
        using var queue = new BlockingCollection<string>(boundedCapacity: batchSize * 2);
        Exception? readError = null;
        var reader = new Thread(() =>
        {
            try
            {
                for (string? line = input.ReadLine(); line is not null; line = input.ReadLine()) queue.Add(line);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                readError = e;
            }
            finally
            {
                queue.CompleteAdding();
            }
        }) { IsBackground = true, Name = "tfix stream reader" };
        reader.Start();

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) };
        long lineNumber = 0;
        var batch = new List<string>(batchSize);
        while (queue.TryTake(out var first, Timeout.Infinite))
        {
            batch.Clear();
            batch.Add(first);
            while (batch.Count < batchSize && queue.TryTake(out var next)) batch.Add(next);
            long firstLine = lineNumber + 1;
            var outputs = new T[batch.Count];
            if (batch.Count == 1) outputs[0] = process(batch[0], firstLine);
            else Parallel.For(0, batch.Count, options, i => outputs[i] = process(batch[i], firstLine + i));
            lineNumber += batch.Count;
            writeBatch(outputs);
        }
        reader.Join();
        if (readError is not null) throw new CliException($"stdin: {readError.Message}");
    }
}
