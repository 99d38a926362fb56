using TranslationFix.Core.Text;

namespace TranslationFix.Translation.Retranslation;

/// <summary>A source segment and the span of its translation in the target document.</summary>
public sealed record SegmentPair(string Source, TextSpan Target);
