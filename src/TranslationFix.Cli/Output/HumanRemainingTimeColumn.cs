using Humanizer;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace TranslationFix.Cli.Output;

/// <summary>
/// The time left in words ("about 2 minutes left"); Spectre's own column prints a clock-like
/// 00:02:00 that reads as a time of day, and guesses before there is anything to go on.
/// </summary>
public sealed class HumanRemainingTimeColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        if (task.IsFinished) return new Text("done");
        if (task.Value <= 0 || task.ElapsedTime is not { } elapsed || elapsed < TimeSpan.FromSeconds(1) || task.RemainingTime is not { } left)
            return new Text("estimating…", new Style(Color.Grey));
        return new Text($"about {left.Humanize(1, minUnit: TimeUnit.Second)} left", new Style(Color.Grey));
    }
}
