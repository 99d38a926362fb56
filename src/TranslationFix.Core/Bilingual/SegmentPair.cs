using TranslationFix.Core.Text;

namespace TranslationFix.Core.Bilingual;

/// <summary>One source segment and the span of its translation in the target document.</summary>
public readonly record struct SegmentPair(int Index, string Source, TextSpan Target);
