namespace TranslationFix.Core.Bilingual;

/// <summary>A source/target pair read from a bilingual file (XLIFF unit, TMX unit, JSONL line).</summary>
public sealed record BilingualSegment(string Id, string Source, string Target, int Line);
