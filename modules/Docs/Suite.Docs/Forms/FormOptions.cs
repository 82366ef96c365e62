using Suite.Docs.Templates;
using Suite.Framework.Localization;

namespace Suite.Docs.Forms;

/// <summary>
/// A built-in form's texts and options, as a template of <c>format: "form"</c> holds them: <c>key: value</c> lines,
/// <c>#</c> comment lines, and a multi-line text written as <c>key: |</c> with its lines indented under it.
/// A text key left empty keeps the form's own text. See <see cref="DefaultBody"/> for every key.
/// </summary>
internal sealed record FormOptions(
    Language Language = Language.Russian,
    string? Title = null,
    string? Note = null,
    string? Footer = null,
    bool ShowQr = true,
    bool ShowStamp = true,
    bool ShowSignatureImages = true,
    int ValidDays = 14,
    string? Intro = null,
    string? Closing = null)
{
    public static readonly FormOptions Default = new();

    private const int MaxValidDays = 365;

    private static readonly string[] CommonKeys = ["language", "title", "note", "footer", "show_stamp", "show_signature_images"];
    private static readonly string[] TextKeys = ["title", "note", "footer", "intro", "closing"];

    private static string[] KeysOf(FormKind kind) => kind switch
    {
        FormKind.Invoice => [.. CommonKeys, "show_qr"],
        FormKind.Proposal => [.. CommonKeys, "valid_days", "intro", "closing"],
        _ => CommonKeys,
    };

    private static readonly string[] AllKeys = [.. CommonKeys, "show_qr", "valid_days", "intro", "closing"];

    /// <summary>Our organisation as this form prints it: without the stamp or the scanned signatures when the options say so.</summary>
    public OrganisationPrint Apply(OrganisationPrint organisation) => organisation with
    {
        Stamp = ShowStamp ? organisation.Stamp : null,
        DirectorSignature = ShowSignatureImages ? organisation.DirectorSignature : null,
        AccountantSignature = ShowSignatureImages ? organisation.AccountantSignature : null,
    };

    /// <summary>
    /// Reads a template body. With a kind, a key that form does not use (<c>show_qr</c> on an act) is an error too.
    /// Errors carry the 1-based line and column of the key or the value, for the editor to point at.
    /// </summary>
    public static FormOptionsParsing Parse(string body, FormKind? kind = null)
    {
        var known = kind is { } k ? KeysOf(k) : AllKeys;
        var errors = new List<TemplateError>();
        var options = Default;
        var seen = new Dictionary<string, int>();
        var lines = body.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        void Error(int line, int column, string russian, string english) =>
            errors.Add(new TemplateError(TemplateErrorKind.Syntax, Text.Pick(russian, english), line, column));

        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            if (trimmed.Length != line.Length)
            {
                Error(number, line.Length - trimmed.Length + 1, "Строка с отступом должна идти под строкой «ключ: |».",
                    "An indented line belongs under a 'key: |' line.");
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                Error(number, 1, "Ожидается строка «ключ: значение».", "Expected a 'key: value' line.");
                continue;
            }
            var key = line[..colon].Trim();
            var rest = line[(colon + 1)..];
            var value = rest.Trim();
            var column = colon + 2 + (rest.Length - rest.TrimStart().Length);
            // A block's lines are taken even under a wrong key, so that they do not each report an error of their own.
            if (value == "|")
            {
                value = Block(lines, ref i);
                if (!TextKeys.Contains(key) && known.Contains(key))
                {
                    Error(number, column, $"«{key}» — не текст, многострочное значение для него не годится.",
                        $"'{key}' is not a text: it takes no multi-line value.");
                    continue;
                }
            }
            if (!known.Contains(key))
            {
                if (AllKeys.Contains(key))
                    Error(number, 1, $"Ключ «{key}» не относится к этой форме. Допустимы: {string.Join(", ", known)}.",
                        $"The key '{key}' does not apply to this form. Allowed: {string.Join(", ", known)}.");
                else
                    Error(number, 1, $"Неизвестный ключ «{key}». Допустимы: {string.Join(", ", known)}.",
                        $"Unknown key '{key}'. Allowed: {string.Join(", ", known)}.");
                continue;
            }
            if (seen.TryGetValue(key, out var first))
            {
                Error(number, 1, $"Ключ «{key}» уже задан в строке {first}.", $"The key '{key}' is already set on line {first}.");
                continue;
            }
            seen[key] = number;
            options = Set(options, key, value, number, column, Error) ?? options;
        }
        return errors.Count == 0 ? new FormOptionsParsing(options, []) : new FormOptionsParsing(null, errors);
    }

    private static FormOptions? Set(FormOptions options, string key, string value, int line, int column, Action<int, int, string, string> error)
    {
        string? Text() => value.Length == 0 ? null : value;
        bool? YesNo()
        {
            if (value == "yes") return true;
            if (value == "no") return false;
            error(line, column, $"«{key}»: ожидается yes или no, а не «{value}».", $"'{key}': expected yes or no, not '{value}'.");
            return null;
        }

        switch (key)
        {
            case "language":
                if (value is "ru" or "en") return options with { Language = value == "ru" ? Language.Russian : Language.English };
                error(line, column, $"«language»: ожидается ru или en, а не «{value}».", $"'language': expected ru or en, not '{value}'.");
                return null;
            case "title": return options with { Title = Text() };
            case "note": return options with { Note = Text() };
            case "footer": return options with { Footer = Text() };
            case "intro": return options with { Intro = Text() };
            case "closing": return options with { Closing = Text() };
            case "show_qr": return YesNo() is { } qr ? options with { ShowQr = qr } : null;
            case "show_stamp": return YesNo() is { } stamp ? options with { ShowStamp = stamp } : null;
            case "show_signature_images": return YesNo() is { } images ? options with { ShowSignatureImages = images } : null;
            default: // valid_days
                if (int.TryParse(value, out var days) && days is >= 1 and <= MaxValidDays) return options with { ValidDays = days };
                error(line, column, $"«valid_days»: ожидается целое число дней от 1 до {MaxValidDays}, а не «{value}».",
                    $"'valid_days': expected a whole number of days from 1 to {MaxValidDays}, not '{value}'.");
                return null;
        }
    }

    // The indented (or empty) lines under "key: |", without their common indentation and the empty lines at the end.
    private static string Block(string[] lines, ref int i)
    {
        var block = new List<string>();
        while (i + 1 < lines.Length && (lines[i + 1].Trim().Length == 0 || lines[i + 1][0] is ' ' or '\t'))
            block.Add(lines[++i]);
        while (block.Count > 0 && block[^1].Trim().Length == 0) block.RemoveAt(block.Count - 1);
        var indent = block.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', block.Select(l => l.Length >= indent ? l[indent..].TrimEnd() : "")).Trim('\n');
    }

    /// <summary>The body a new form template of this kind starts with: every key it takes, at its default, explained.</summary>
    public static string DefaultBody(FormKind kind)
    {
        var body = new List<string>
        {
            $"# {Name(kind)}: тексты и настройки формы / the form's texts and options.",
            "# Строки «ключ: значение»; # — комментарий; пустое значение — текст формы по умолчанию.",
            "# Многострочный текст: «ключ: |», ниже строки с отступом. / Multi-line text: 'key: |', indented lines below.",
            "",
            "# Язык формы: ru или en / the form's language",
            "language: ru",
            "# Заголовок вместо названия формы (номер и дата остаются) / replaces the form's name (number and date stay)",
            "title:",
            "# Текст под итогами / printed under the totals",
            "note:",
            "# Текст внизу каждой страницы над её номером / printed at the foot of every page",
            "footer:",
            "# Печать и сканы подписей, если они загружены в реквизитах / the stamp and scanned signatures, when uploaded",
            "show_stamp: yes",
            "show_signature_images: yes",
        };
        if (kind == FormKind.Invoice)
            body.AddRange(["# QR-код для оплаты (ГОСТ Р 56042-2014) / the payment QR code", "show_qr: yes"]);
        if (kind == FormKind.Proposal)
        {
            var labels = ProposalLabels.For(Language.Russian);
            body.AddRange([
                "# «Предложение действительно до» дата документа + столько дней / valid until the date plus this many days",
                $"valid_days: {Default.ValidDays}",
                $"# Вступление перед таблицей, по умолчанию: «{labels.Intro}» / the opening text",
                "intro:",
                $"# Заключение после таблицы, по умолчанию: «{labels.Closing}» / the closing text",
                "closing:",
            ]);
        }
        return string.Join('\n', body) + "\n";
    }

    private static string Name(FormKind kind) => kind switch
    {
        FormKind.Invoice => "Счёт на оплату",
        FormKind.Act => "Акт об оказании услуг",
        FormKind.Waybill => "Товарная накладная ТОРГ-12",
        _ => "Коммерческое предложение",
    };
}
