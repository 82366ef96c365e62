using System.Globalization;
using Scriban.Functions;
using Scriban.Runtime;
using Suite.Docs.Forms;

namespace Suite.Docs.Templates;

/// <summary>
/// The built-ins a document template may call: Scriban's string, math, array and date functions, and our Russian-style
/// formatting. Left out on purpose: include (a template reads no files), object (eval, JSON), regex (runaway patterns),
/// html and timespan (nothing for a printed document). date.now is refused: a document prints the day it was made for,
/// <c>today</c>, so that its snapshot re-renders the same text.
/// </summary>
internal static class TemplateBuiltins
{
    public const string IncludeRefused = "include is not available in document templates: a template cannot read files or other templates.";
    public const string NowRefused = "date.now is not available in document templates: use today, the date the document is made for.";

    public static ScriptObject Build()
    {
        var date = new DateTimeFunctions();
        date.Remove("now");
        date.Remove("utc_now");
        date.Import("now", new Func<string>(() => throw new TemplateRefusal(NowRefused)));
        date.Import("utc_now", new Func<string>(() => throw new TemplateRefusal(NowRefused)));

        var builtins = new ScriptObject
        {
            ["array"] = new ArrayFunctions(),
            ["string"] = new StringFunctions(),
            ["math"] = new MathFunctions(),
            ["date"] = date,
            ["empty"] = EmptyScriptObject.Default,
            ["blank"] = EmptyScriptObject.Default,
        };
        builtins.Import("include", new Func<object?, object?, object?, string>(RefuseInclude));
        builtins.Import("include_join", new Func<object?, object?, object?, string>(RefuseInclude));
        builtins.Import("format_money", new Func<object?, string>(value => Number(value, "format_money") is { } n ? PrintFormat.Money(n, Language.Russian) : ""));
        builtins.Import("format_number", new Func<object?, string>(value => Number(value, "format_number") is { } n ? PrintFormat.Quantity(n, Language.Russian) : ""));
        builtins.Import("amount_in_words", new Func<object?, string>(value => Number(value, "amount_in_words") is { } n ? AmountInWords.Write(n, Language.Russian) : ""));
        builtins.Import("format_date", new Func<object?, string>(FormatDate));
        return builtins;
    }

    // Optional arguments, so that any call of include or include_join gets this message rather than an arity error.
    private static string RefuseInclude(object? name = null, object? second = null, object? third = null) =>
        throw new TemplateRefusal(IncludeRefused);

    private static decimal? Number(object? value, string helper) => value switch
    {
        null => null,
        decimal d => d,
        int or long or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new TemplateRefusal($"{helper} expects a number, not \"{value}\".", TemplateErrorKind.Runtime),
    };

    private static string FormatDate(object? value)
    {
        if (value is null) return "";
        var text = value as string;
        if (DateOnly.TryParseExact(text, ["dd.MM.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return PrintFormat.Date(date, Language.Russian);
        throw new TemplateRefusal($"format_date expects a date like 03.12.2026, not \"{value}\".", TemplateErrorKind.Runtime);
    }
}
