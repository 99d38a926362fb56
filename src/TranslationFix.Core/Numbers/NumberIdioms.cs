namespace TranslationFix.Core.Numbers;

/// <summary>
/// Phrases that are written with numerals but are not quantities (千千万万 "countless", 一五一十
/// "in full detail"), and words whose numeral is part of an ordinary word (一些 "some").
/// </summary>
public static class NumberIdioms
{
    private static readonly string[] Chinese =
    [
        "千千万万", "成千上万", "成千成万", "千万万", "万万千千", "三千佳丽", "一五一十", "一石二鸟", "三心二意", "七上八下", "乱七八糟",
        "一心一意", "十全十美", "九牛一毛", "千方百计", "万无一失", "一举两得", "五花八门", "四面八方", "一模一样", "独一无二",
        "数以万计", "数以千计", "千载难逢", "一干二净", "三言两语", "千差万别", "万众一心", "一清二楚", "百发百中", "百闻不如一见",
        "千万别", "千万不要", "万一", "一些", "一起", "一样", "一直", "一定", "一般", "一切", "统一", "唯一", "一旦", "一方面", "另一",
        "之一", "一度", "一同", "一再", "一边", "一向", "一律", "不一", "一带一路", "三天两头", "百姓", "万物", "十分", "万分", "百分百", "十足", "一流", "一味", "一番", "一阵", "一概",
    ];

    private static readonly string[] Japanese =
    [
        "一石二鳥", "十人十色", "一期一会", "一生懸命", "千差万別", "一緒", "一番", "一応", "一体", "唯一", "統一", "万一", "一部", "一方",
    ];

    private static readonly string[] Korean = ["십중팔구", "일석이조", "만일", "유일", "통일"];

    private static readonly string[] None = [];

    public static IReadOnlyList<string> For(string language) => language.Split('-', '_')[0].ToLowerInvariant() switch
    {
        "zh" => Chinese,
        "ja" => Japanese,
        "ko" => Korean,
        _ => None,
    };
}
