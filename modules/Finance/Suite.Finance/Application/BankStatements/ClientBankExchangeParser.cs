using System.Globalization;
using System.Text;
using Suite.Finance.Domain.BankStatements;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Finance.Application.BankStatements;

/// <summary>
/// 1CClientBankExchange, formats 1.02 and 1.03, as Russian banks export statements for 1C: "key=value" lines, the
/// balances in СекцияРасчСчет … КонецРасчСчет, each payment in СекцияДокумент=… … КонецДокумента. Banks write it in
/// Windows-1251, DOS (cp866) or UTF-8; see <see cref="Decode"/>.
/// </summary>
internal sealed class ClientBankExchangeParser : IBankStatementParser
{
    private const string Signature = "1CClientBankExchange";

    static ClientBankExchangeParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public bool CanRead(ReadOnlySpan<byte> content)
    {
        var start = content.StartsWith(Encoding.UTF8.Preamble) ? content[Encoding.UTF8.Preamble.Length..] : content;
        return start.StartsWith(Encoding.ASCII.GetBytes(Signature));
    }

    public StatementFile Parse(byte[] content)
    {
        var (text, encoding) = Decode(content);
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var sections = new List<Dictionary<string, string>>();
        var documents = new List<StatementDocument>();
        Dictionary<string, string>? current = null;
        var inDocument = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line == Signature)
                continue;
            var (key, value) = Split(line);
            if (key == "КонецФайла")
                break;
            switch (key)
            {
                case "СекцияРасчСчет":
                    current = new Dictionary<string, string>(StringComparer.Ordinal);
                    inDocument = false;
                    continue;
                case "КонецРасчСчет":
                    if (current is not null)
                        sections.Add(current);
                    current = null;
                    continue;
                case "СекцияДокумент":
                    current = new Dictionary<string, string>(StringComparer.Ordinal) { ["Вид"] = value };
                    inDocument = true;
                    continue;
                case "КонецДокумента":
                    if (current is not null && inDocument)
                        documents.Add(Document(current, documents.Count + 1));
                    current = null;
                    inDocument = false;
                    continue;
            }

            // A key repeated in one section (some banks write the purpose over several lines) keeps the first value.
            (current ?? header).TryAdd(key, value);
        }

        if (current is not null)
            throw Malformed(Text.Pick(
                "Файл обрывается внутри секции: нет КонецДокумента или КонецРасчСчет.",
                "The file ends inside a section: КонецДокумента or КонецРасчСчет is missing."));

        return new StatementFile(
            $"{Signature} {header.GetValueOrDefault("ВерсияФормата") ?? "1.02"}", encoding.WebName,
            OptionalDate(header, "ДатаНачала"), OptionalDate(header, "ДатаКонца"), Blank(header.GetValueOrDefault("РасчСчет")),
            Balances(sections), documents);
    }

    /// <summary>
    /// The file's text and code page: a UTF-8 byte order mark wins; then the header's own word, Кодировка=DOS (read as
    /// cp866) or Кодировка=Windows (read as cp1251); a file that says neither is UTF-8 when it decodes as strict UTF-8,
    /// else Windows-1251, which most banks use.
    /// </summary>
    internal static (string Text, Encoding Encoding) Decode(byte[] content)
    {
        if (content.AsSpan().StartsWith(Encoding.UTF8.Preamble))
            return (Encoding.UTF8.GetString(content, Encoding.UTF8.Preamble.Length, content.Length - Encoding.UTF8.Preamble.Length), Encoding.UTF8);
        var dos = Encoding.GetEncoding(866);
        var windows = Encoding.GetEncoding(1251);
        var head = content.AsSpan(0, Math.Min(content.Length, 2048)).ToArray();
        if (SaysEncoding(dos.GetString(head), "DOS"))
            return (dos.GetString(content), dos);
        if (SaysEncoding(windows.GetString(head), "Windows"))
            return (windows.GetString(content), windows);
        try
        {
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            return (strict.GetString(content), Encoding.UTF8);
        }
        catch (DecoderFallbackException)
        {
            return (windows.GetString(content), windows);
        }
    }

    private static bool SaysEncoding(string head, string name) =>
        head.Split('\n').Any(l => l.Trim().Equals($"Кодировка={name}", StringComparison.OrdinalIgnoreCase));

    private static StatementBalances? Balances(List<Dictionary<string, string>> sections)
    {
        if (sections.Count == 0)
            return null;
        // A statement over several days may give a section per day: the period opens with the first and closes with the last.
        var ordered = sections.OrderBy(s => OptionalDate(s, "ДатаНачала") ?? DateOnly.MinValue).ToList();
        return new StatementBalances(
            Money(ordered[0], "НачальныйОстаток", "СекцияРасчСчет"),
            ordered.Sum(s => Money(s, "ВсегоПоступило", "СекцияРасчСчет")),
            ordered.Sum(s => Money(s, "ВсегоСписано", "СекцияРасчСчет")),
            Money(ordered[^1], "КонечныйОстаток", "СекцияРасчСчет"));
    }

    private static StatementDocument Document(Dictionary<string, string> fields, int position)
    {
        var where = Text.Pick($"документ {position}", $"document {position}");
        var number = Blank(fields.GetValueOrDefault("Номер"))
            ?? throw Malformed(Text.Pick($"У {where} нет номера (Номер=).", $"{where} has no number (Номер=)."));
        var amount = Money(fields, "Сумма", where);
        if (amount <= 0)
            throw Malformed(Text.Pick($"Сумма={amount} в {where}: сумма платежа больше нуля.", $"Сумма={amount} in {where}: a payment is above zero."));
        return new StatementDocument(
            number, Date(fields, "Дата", where), amount,
            Blank(fields.GetValueOrDefault("ПлательщикСчет") ?? fields.GetValueOrDefault("ПлательщикРасчСчет")),
            Blank(fields.GetValueOrDefault("ПлательщикИНН")),
            Blank(fields.GetValueOrDefault("Плательщик1")) ?? Name(fields.GetValueOrDefault("Плательщик")),
            Blank(fields.GetValueOrDefault("ПолучательСчет") ?? fields.GetValueOrDefault("ПолучательРасчСчет")),
            Blank(fields.GetValueOrDefault("ПолучательИНН")),
            Blank(fields.GetValueOrDefault("Получатель1")) ?? Name(fields.GetValueOrDefault("Получатель")),
            Blank(fields.GetValueOrDefault("НазначениеПлатежа")),
            OptionalDate(fields, "ДатаПоступило"), OptionalDate(fields, "ДатаСписано"));
    }

    /// <summary>"Плательщик=ИНН 7707083893 ООО «Ромашка»": the name without the ИНН some banks put in front of it.</summary>
    private static string? Name(string? value)
    {
        var name = Blank(value);
        if (name is null || !name.StartsWith("ИНН", StringComparison.OrdinalIgnoreCase))
            return name;
        var parts = name.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && parts[1].All(char.IsDigit) ? parts[2] : name;
    }

    private static (string Key, string Value) Split(string line)
    {
        var at = line.IndexOf('=');
        return at < 0 ? (line, "") : (line[..at].Trim(), line[(at + 1)..].Trim());
    }

    private static decimal Money(Dictionary<string, string> fields, string key, string where)
    {
        var value = Blank(fields.GetValueOrDefault(key))
            ?? throw Malformed(Text.Pick($"В {where} нет поля {key}.", $"{where} has no {key}."));
        if (!decimal.TryParse(value.Replace(',', '.').Replace(" ", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            || amount != Math.Round(amount, 2) || Math.Abs(amount) >= Payments.MoneyRules.MaxAmount)
            throw Malformed(Text.Pick($"{key}={value} в {where}: не сумма в рублях и копейках.",
                $"{key}={value} in {where} is not an amount in roubles and kopecks."));
        return amount;
    }

    private static DateOnly Date(Dictionary<string, string> fields, string key, string where) =>
        OptionalDate(fields, key) ?? throw Malformed(Text.Pick($"В {where} нет даты ({key}=).", $"{where} has no date ({key}=)."));

    private static DateOnly? OptionalDate(Dictionary<string, string> fields, string key)
    {
        var value = Blank(fields.GetValueOrDefault(key));
        if (value is null)
            return null;
        return DateOnly.TryParseExact(value, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Malformed(Text.Pick($"{key}={value}: дата должна быть в виде ДД.ММ.ГГГГ.", $"{key}={value}: a date is written DD.MM.YYYY."));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static InputValidationException Malformed(string message) =>
        InputValidationException.For("file", Text.Pick($"Выписка не прочитана: {message}", $"The statement cannot be read: {message}"));
}
