using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using TranslationFix.Core.Bilingual;
using TranslationFix.Core.Text;

namespace TranslationFix.Core.Numbers;

/// <summary>
/// Finds the quantities of a text in one language with Microsoft.Recognizers.Text: currencies,
/// percentages and dimensions first, then the bare numbers outside them. Sentences without a
/// digit or number word never reach the recognisers. Built once per language (building the models
/// is the expensive part); thread-safe to use.
/// </summary>
public sealed partial class QuantityExtractor
{
    private readonly IModel _numbers, _percentages, _currencies, _dimensions;
    private readonly IModel? _ordinals;
    private readonly IReadOnlyList<string> _idioms;

    public QuantityExtractor(string language)
    {
        Language = language;
        Culture = NumberLanguage.CultureFor(language);
        try
        {
            _numbers = new NumberRecognizer(Culture).GetNumberModel();
            _percentages = new NumberRecognizer(Culture).GetPercentageModel();
            _currencies = new NumberWithUnitRecognizer(Culture).GetCurrencyModel();
            _dimensions = new NumberWithUnitRecognizer(Culture).GetDimensionModel();
            if (Culture.StartsWith("en", StringComparison.Ordinal)) _ordinals = new NumberRecognizer(Culture).GetOrdinalModel();
        }
        catch (CultureNotFoundException e)
        {
            // An app built with InvariantGlobalization must also set PredefinedCulturesOnly=false.
            throw new InvalidOperationException(
                $"the number recognisers need culture '{Culture}': with <InvariantGlobalization>true</InvariantGlobalization> " +
                "also set <PredefinedCulturesOnly>false</PredefinedCulturesOnly> in the application's project", e);
        }
        _idioms = NumberIdioms.For(language);
    }

    public string Language { get; }
    public string Culture { get; }

    /// <summary>
    /// The quantities in <paramref name="text"/>, in order, with spans into it. With
    /// <paramref name="asTranslation"/>, small numbers in words ("three") and ordinals ("19th",
    /// "eleventh") count too: a translation may spell out what the source writes in figures.
    /// </summary>
    public IReadOnlyList<Quantity> Extract(string text, bool asTranslation = false)
    {
        var result = new List<Quantity>();
        // GPT-4o, 600519.SH: the digits of a name in the source are no quantity (a translation may
        // name in Latin letters what the source names in Han: its numbers stay comparable).
        var tokens = asTranslation ? [] : CarriedTokens.Find(text);
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (!NumberPrefilter.MayHoldQuantity(text.AsSpan(sentence.Start, sentence.Length), Language)) continue;
            string part = text.Substring(sentence.Start, sentence.Length);
            foreach (var q in ExtractFromSentence(part, asTranslation))
            {
                var shifted = q.Shift(sentence.Start);
                if (!tokens.Any(t => t.Overlaps(shifted.NumberSpan))) result.Add(shifted);
            }
        }
        return result;
    }

    private List<Quantity> ExtractFromSentence(string text, bool asTranslation)
    {
        var numbers = Recognize(_numbers, text, QuantityKind.Number);
        var found = new List<Quantity>();
        if (Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || Language.StartsWith("ja", StringComparison.OrdinalIgnoreCase))
            found.AddRange(ApproximateRanges.Find(text));
        if (NumberPrefilter.MayHoldCurrency(text, Language))
        {
            var currencies = Recognize(_currencies, text, QuantityKind.Currency);
            found.AddRange(currencies.Where(c => !double.IsNaN(c.Value)));
            found.AddRange(JoinCurrencyNames(text, currencies, numbers, found));
        }
        if (NumberPrefilter.MayHoldPercentage(text, Language))
            found.AddRange(Recognize(_percentages, text, QuantityKind.Percentage).Where(p => !found.Any(f => f.Span.Overlaps(p.Span))));
        if (NumberPrefilter.MayHoldDimension(text, Language))
            found.AddRange(Recognize(_dimensions, text, QuantityKind.Dimension).Where(d => !found.Any(f => f.Span.Overlaps(d.Span))));
        for (int i = 0; i < found.Count; i++)
        {
            var inner = numbers.FirstOrDefault(n => found[i].Span.Contains(n.Span.Start));
            if (inner is not null) found[i] = found[i] with { NumberSpan = inner.Span };
        }
        found.AddRange(numbers.Where(n => !found.Any(f => f.Span.Overlaps(n.Span))));
        if (asTranslation)
        {
            for (int i = 0; i < found.Count; i++) found[i] = EnglishAbbreviatedScales.Extend(text, found[i]);
            found.AddRange(EnglishAbbreviatedScales.Find(text).Where(a => !found.Any(f => f.Span.Overlaps(a.Span))));
            if (_ordinals is not null)
                found.AddRange(Recognize(_ordinals, text, QuantityKind.Number).Where(o => !found.Any(f => f.Span.Overlaps(o.Span))));
        }
        found.RemoveAll(q => IsNotAQuantity(text, q, asTranslation));
        found = [.. found.DistinctBy(q => (q.Span, q.Value)).Select(q => Repair(text, q))];
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        QuantityRanges.ShareMagnitudeAndUnit(text, found);
        return found;
    }

    // "救援-2021" and "Rescue - 2021" are a name with a hyphen or a dash, not minus 2021; "1km" is one kilometre, not 1k.
    private static Quantity Repair(string text, Quantity q)
    {
        if (q.Value < 0 && q.Text.StartsWith('-') && ((q.Span.Start > 0 && char.IsLetterOrDigit(text[q.Span.Start - 1])) || (q.Text.Length > 1 && q.Text[1] == ' ')))
        {
            int cut = 1 + q.Text[1..].TakeWhile(c => c == ' ').Count();
            q = q with
            {
                Value = -q.Value, Span = new TextSpan(q.Span.Start + cut, q.Span.Length - cut), Text = q.Text[cut..],
                NumberSpan = q.NumberSpan.Start < q.Span.Start + cut ? new TextSpan(q.Span.Start + cut, q.Span.Length - cut) : q.NumberSpan,
            };
        }
        if (q.Text.EndsWith('k') && q.Span.End < text.Length && char.IsAsciiLetter(text[q.Span.End]))
            q = q with { Value = q.Value / 1000, Span = new TextSpan(q.Span.Start, q.Span.Length - 1), Text = q.Text[..^1], NumberSpan = new TextSpan(q.NumberSpan.Start, q.NumberSpan.Length - 1) };
        return q;
    }

    private static List<Quantity> Recognize(IModel model, string text, QuantityKind kind)
    {
        var result = new List<Quantity>();
        foreach (var r in model.Parse(text))
        {
            if (r.Resolution is null) continue;
            string value = r.Resolution.TryGetValue("value", out var raw) ? raw?.ToString()?.TrimEnd('%') ?? "" : "";
            // A currency name without an amount ("新元" in 新元500万) is kept as NaN for JoinCurrencyNames.
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            {
                if (kind != QuantityKind.Currency) continue;
                v = double.NaN;
            }
            string? unit = r.Resolution.TryGetValue("isoCurrency", out var iso) && iso is string code && code.Length > 0 ? code
                : r.Resolution.TryGetValue("unit", out var u) ? u?.ToString() : null;
            if (kind == QuantityKind.Percentage) unit = "%";
            var span = TextSpan.FromBounds(r.Start, Math.Min(r.End + 1, text.Length));
            // The recognisers may include a leading space (ranges) or report lower-cased text.
            while (span.Length > 0 && char.IsWhiteSpace(text[span.Start])) span = new TextSpan(span.Start + 1, span.Length - 1);
            result.Add(new Quantity(kind, v, unit, span, text.Substring(span.Start, span.Length)));
        }
        return result;
    }

    // 新元500万, RMB 5 million: the recognisers see the currency name and the number apart; an
    // amountless currency right before or after a number makes them one amount.
    private static IEnumerable<Quantity> JoinCurrencyNames(string text, List<Quantity> currencies, List<Quantity> numbers, List<Quantity> taken)
    {
        foreach (var name in currencies.Where(c => double.IsNaN(c.Value)))
        {
            var number = numbers.FirstOrDefault(n => !taken.Any(t => t.Span.Overlaps(n.Span)) && Adjacent(text, name.Span, n.Span));
            if (number is null) continue;
            var span = TextSpan.FromBounds(Math.Min(name.Span.Start, number.Span.Start), Math.Max(name.Span.End, number.Span.End));
            yield return new Quantity(QuantityKind.Currency, number.Value, name.Unit, span, text.Substring(span.Start, span.Length)) { NumberSpan = number.Span };
        }
    }

    private static bool Adjacent(string text, TextSpan a, TextSpan b)
    {
        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        if (first.End > second.Start || second.Start - first.End > 1) return false;
        var between = text.AsSpan(first.End, second.Start - first.End);
        return between.IsWhiteSpace() || between is "近" or "约" or "逾" or "超" or "约合"; // 马币近两百万
    }

    // Idioms, ordinals (第一), vague counts (几十, 数百) and small numbers in words (一个, "une") are words.
    private bool IsNotAQuantity(string text, Quantity q, bool asTranslation)
    {
        if (InsideIdiom(text, q.Span)) return true;
        bool hasDigit = q.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || q.Text.AsSpan().IndexOfAnyInRange('０', '９') >= 0;
        if (!asTranslation && q.Kind == QuantityKind.Number && !hasDigit && q.Value < 10 && q.Value == Math.Floor(q.Value)) return true; // 一个, "une"; not "half"
        if (!NumberLanguage.IsCjk(Language)) return false;
        if (q.Text is "半" or "半个") return true; // 半导体, 后半夜, 半个月: a word, or "half" that translations rephrase
        char before = q.Span.Start > 0 ? text[q.Span.Start - 1] : ' ';
        if (before is '第' or '几' or '幾' or '数' or '數' or '제' or '몇') return true;
        // 一块木板 is "a board": 块 is yuan only after an amount, not as the classifier of one thing.
        if (q.Kind == QuantityKind.Currency && !hasDigit && q.Value < 10 && q.Text.EndsWith('块') && q.Span.End < text.Length
            && text[q.Span.End] is not '钱' && NumberLanguage.IsCjkLetter(text[q.Span.End])) return true;
        return q.Kind is QuantityKind.Number or QuantityKind.Dimension && IsDatePart(text, q.Span);
    }

    // 6月30日, 3至6月: the month and day are a date, not amounts (the year is kept: translations keep
    // it); 80年代 and 20世纪80年代 are a decade ("the 1980s").
    private static bool IsDatePart(string text, TextSpan span)
    {
        if (span.End >= text.Length) return false;
        if (text[span.End] is '月' or '日' or '号' or '號' or '时' or '時' or '点' or '點' or '분' or '월' or '일' or '시') return true;
        if (DecadeOfCentury().Match(text, span.End) is { Success: true } d && d.Index == span.End) return true; // 20世纪80年代, "the 1980s"
        if (text[span.End] == '年' && span.End + 1 < text.Length && text[span.End + 1] == '代') return true; // 80年代, "the 1980s"
        var m = RangeToDatePart().Match(text, span.End);
        return m.Success && m.Index == span.End;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"世纪(?:\d+|[一二三四五六七八九十]+)年代")]
    private static partial System.Text.RegularExpressions.Regex DecadeOfCentury();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s?[至到~～\-－—–]\s?(?:\d+|[一二三四五六七八九十]+)\s?[月日号號时時点點]")]
    private static partial System.Text.RegularExpressions.Regex RangeToDatePart();

    private bool InsideIdiom(string text, TextSpan span)
    {
        foreach (var idiom in _idioms)
        {
            for (int i = text.IndexOf(idiom, StringComparison.Ordinal); i >= 0; i = text.IndexOf(idiom, i + 1, StringComparison.Ordinal))
            {
                if (!new TextSpan(i, idiom.Length).Overlaps(span)) continue;
                // 一万一千 holds 万一 but is a number: an idiom touching more numerals is not one.
                bool numeralBefore = i > 0 && IsNumeral(text[i - 1]);
                bool numeralAfter = i + idiom.Length < text.Length && IsNumeral(text[i + idiom.Length]);
                if (!numeralBefore && !numeralAfter) return true;
            }
        }
        return false;
    }

    private static bool IsNumeral(char c) => char.IsAsciiDigit(c) || "〇零一二三四五六七八九十百千万萬亿億两兩".Contains(c);
}
