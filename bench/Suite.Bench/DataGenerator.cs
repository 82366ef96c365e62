using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Suite.Bench;

/// <summary>What the generator wrote, and a few values the scenarios search for.</summary>
internal sealed record GeneratedData(int Companies, string RareTaxId, TimeSpan Elapsed);

/// <summary>
/// Writes realistic-looking Russian companies straight into crm."CrmCompanies" with binary COPY: the
/// application's create endpoint would take minutes for 100,000 rows and is not what is measured. Rows
/// mirror what <c>Company</c> stores, including "SearchText", so the list query behaves as in production.
/// A fixed seed makes every run search the same data.
/// </summary>
internal static class DataGenerator
{
    /// <summary>Tax ids are numbered with 7 free digits after the region (see <see cref="OrganisationTaxId"/>).</summary>
    public const int MaxCompanies = 10_000_000;

    /// <summary>A suffix one organisation in 16 has in its name: the "common" filter matches about 5 % of rows.</summary>
    public const string CommonTerm = "строй";

    private static readonly string[] Roots =
    [
        "Север", "Юг", "Урал", "Сиб", "Волга", "Балт", "Дон", "Кама", "Ока", "Нева", "Алтай", "Байкал", "Амур",
        "Вектор", "Альфа", "Гамма", "Дельта", "Меридиан", "Горизонт", "Спектр", "Техно", "Пром", "Агро",
        "Энерго", "Нефте", "Газ", "Транс", "Мега", "Гранит", "Кедр", "Рус", "Старт",
    ];

    private static readonly string[] Suffixes =
    [
        CommonTerm, "торг", "снаб", "сервис", "пром", "маш", "лес", "хим", "комплект", "логистик", "трейд",
        "инвест", "мед", "софт", "тех", "металл",
    ];

    private static readonly string[] Extras = ["", "", "", "", " Плюс", " Групп", " Центр", " Холдинг", "-М", " 2000"];

    private static readonly string[] MaleSurnames =
        ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков"];

    private static readonly string[] FemaleSurnames =
        ["Иванова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Петрова", "Соколова", "Михайлова", "Новикова", "Морозова"];

    private const string Initials = "АБВГДЕИКЛМНОПРСТЮЯ";

    /// <summary>City, its region code (the first two digits of ИНН and КПП) and its telephone code.</summary>
    private static readonly (string City, string Region, string Phone)[] Cities =
    [
        ("Москва", "77", "495"), ("Москва", "77", "499"), ("Санкт-Петербург", "78", "812"), ("Екатеринбург", "66", "343"),
        ("Новосибирск", "54", "383"), ("Казань", "16", "843"), ("Нижний Новгород", "52", "831"), ("Самара", "63", "846"),
        ("Ростов-на-Дону", "61", "863"), ("Краснодар", "23", "861"), ("Пермь", "59", "342"), ("Воронеж", "36", "473"),
        ("Челябинск", "74", "351"),
    ];

    private static readonly string[] Streets =
        ["Ленина", "Мира", "Советская", "Садовая", "Заводская", "Промышленная", "Гагарина", "Победы", "Лесная", "Пушкина", "Чехова", "Октябрьская"];

    private static readonly string[] Tags = ["ключевой", "опт", "розница", "госзаказ", "партнёр", "новый"];

    private static readonly string[] MailDomains = ["mail.ru", "yandex.ru", "gmail.com", "bk.ru"];

    private const string Columns =
        "\"Id\", \"Name\", \"TaxId\", \"Kpp\", \"Address\", \"Phone\", \"Email\", \"Website\", \"OwnerId\", \"SourceId\", " +
        "\"Tags\", \"CustomFields\", \"SearchText\", \"CreatedAt\", \"CreatedBy\", \"ModifiedAt\", \"ModifiedBy\", \"ConcurrencyStamp\"";

    public static async Task<GeneratedData> InsertCompaniesAsync(NpgsqlDataSource database, int count, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        string? rareTaxId = null;

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = Companies(count).Select((c, i) =>
        {
            if (i == count / 2)
                rareTaxId = c.TaxId;
            return c;
        });
        await CopyCompaniesAsync(connection, "crm.\"CrmCompanies\"", rows, cancellationToken);

        return new GeneratedData(count, rareTaxId!, started.Elapsed);
    }

    /// <summary>Writes companies into <paramref name="table"/> (crm."CrmCompanies" or a table like it) with one binary COPY.</summary>
    public static async Task CopyCompaniesAsync(NpgsqlConnection connection, string table, IEnumerable<Row> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var c in rows)
        {
            // Synchronous writes: COPY buffers them, and 18 awaits per row would cost more than the I/O.
            writer.StartRow();
            writer.Write(c.Id, NpgsqlDbType.Uuid);
            writer.Write(c.Name, NpgsqlDbType.Varchar);
            writer.Write(c.TaxId, NpgsqlDbType.Varchar);
            WriteOrNull(writer, c.Kpp, NpgsqlDbType.Varchar);
            writer.Write(c.Address, NpgsqlDbType.Varchar);
            WriteOrNull(writer, c.Phone, NpgsqlDbType.Varchar);
            WriteOrNull(writer, c.Email, NpgsqlDbType.Varchar);
            WriteOrNull(writer, c.Website, NpgsqlDbType.Varchar);
            writer.Write(c.OwnerId, NpgsqlDbType.Uuid);
            WriteOrNull(writer, c.SourceId, NpgsqlDbType.Uuid);
            writer.Write(c.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text);
            writer.Write("{}", NpgsqlDbType.Text);
            writer.Write(SearchText(c), NpgsqlDbType.Varchar);
            writer.Write(c.CreatedAt, NpgsqlDbType.TimestampTz);
            writer.Write(c.OwnerId, NpgsqlDbType.Uuid);
            WriteOrNull(writer, c.ModifiedAt, NpgsqlDbType.TimestampTz);
            WriteOrNull(writer, c.ModifiedAt is null ? (Guid?)null : c.OwnerId, NpgsqlDbType.Uuid);
            writer.Write(Guid.NewGuid().ToString("N"), NpgsqlDbType.Varchar);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>The companies the generator writes, in order: the first N are the same in every run and for every count.</summary>
    public static IEnumerable<Row> Companies(int count)
    {
        var random = new Random(20261123);
        var owners = Enumerable.Range(0, 6).Select(_ => RandomGuid(random)).ToArray();
        var sources = Enumerable.Range(0, 4).Select(_ => RandomGuid(random)).ToArray();
        var now = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
            yield return NextCompany(random, i, now, owners, sources);
    }

    /// <summary>The same text <c>Company</c> keeps for search: name, tax id, phone and e-mail, lower case.</summary>
    private static string SearchText(Row c) =>
        string.Join(' ', new[] { c.Name, c.TaxId, c.Phone, c.Email }.Where(v => v is not null)).ToLowerInvariant();

    internal sealed record Row(
        Guid Id, string Name, string TaxId, string? Kpp, string Address, string? Phone, string? Email, string? Website,
        Guid OwnerId, Guid? SourceId, string[] Tags, DateTime CreatedAt, DateTime? ModifiedAt);

    private static Row NextCompany(Random random, int index, DateTime now, Guid[] owners, Guid[] sources)
    {
        var (city, region, phoneCode) = Pick(random, Cities);
        var createdAt = now - TimeSpan.FromMinutes(random.NextDouble() * 3 * 365 * 24 * 60);
        DateTime? modifiedAt = random.NextDouble() < 0.3 ? createdAt + (now - createdAt) * random.NextDouble() : null;
        var address = $"{random.Next(100000, 700000)}, г. {city}, ул. {Pick(random, Streets)}, д. {random.Next(1, 200)}"
            + (random.NextDouble() < 0.5 ? $", оф. {random.Next(1, 600)}" : "");
        var phone = random.NextDouble() < 0.95
            ? $"+7 ({phoneCode}) {random.Next(100, 1000)}-{random.Next(10, 100)}-{random.Next(10, 100)}"
            : null;

        string name, taxId, login, domain;
        string? kpp = null, website = null;
        if (random.NextDouble() < 0.15)
        {
            // An individual entrepreneur: a 12-digit ИНН and no КПП.
            var surname = random.NextDouble() < 0.6 ? Pick(random, MaleSurnames) : Pick(random, FemaleSurnames);
            name = $"ИП {surname} {Pick(random, Initials)}. {Pick(random, Initials)}.";
            taxId = EntrepreneurTaxId(region, index);
            login = Translit(surname) + random.Next(1, 100);
            domain = Pick(random, MailDomains);
        }
        else
        {
            var form = random.NextDouble() switch { < 0.82 => "ООО", < 0.94 => "АО", _ => "ПАО" };
            var brand = Pick(random, Roots) + Pick(random, Suffixes) + Pick(random, Extras);
            name = $"{form} «{brand}»";
            taxId = OrganisationTaxId(region, index);
            kpp = taxId[..4] + "01001";
            login = random.NextDouble() < 0.5 ? "info" : "office";
            domain = Translit(brand) + ".ru";
            website = random.NextDouble() < 0.6 ? "https://" + domain : null;
        }

        var email = random.NextDouble() < 0.9 ? $"{login}@{domain}" : null;
        var tags = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Pick(random, Tags)).Distinct().ToArray();
        return new Row(Guid.CreateVersion7(new DateTimeOffset(createdAt)), name, taxId, kpp, address, phone, email, website,
            Pick(random, owners), random.NextDouble() < 0.2 ? Pick(random, sources) : null, tags, createdAt, modifiedAt);
    }

    /// <summary>
    /// Region (2 digits) + 7 digits that are a bijection of the row number (multiplying by a number prime to
    /// 10^7), so every generated ИНН is unique and the unique ("TaxId", "Kpp") index never rejects the COPY.
    /// </summary>
    private static string OrganisationTaxId(string region, int index) =>
        CompleteTaxId(region + ((index * 7919L + 12345) % 10_000_000).ToString("D7"));

    private static string EntrepreneurTaxId(string region, int index) =>
        CompleteTaxId(region + ((index * 104729L + 54321) % 100_000_000).ToString("D8"));

    private static readonly int[] Weights10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Weights11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Weights12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

    /// <summary>Appends the ИНН check digit(s), so the data passes the application's own validation.</summary>
    private static string CompleteTaxId(string leading)
    {
        static int Check(string digits, int[] weights) => weights.Select((w, i) => w * (digits[i] - '0')).Sum() % 11 % 10;
        if (leading.Length == 9)
            return leading + Check(leading, Weights10);
        var eleven = leading + Check(leading, Weights11);
        return eleven + Check(eleven, Weights12);
    }

    private static readonly Dictionary<char, string> Latin = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "sch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    };

    private static string Translit(string text)
    {
        var result = new StringBuilder(text.Length + 4);
        foreach (var ch in text.ToLowerInvariant())
        {
            if (Latin.TryGetValue(ch, out var latin))
                result.Append(latin);
            else if (char.IsAsciiLetterOrDigit(ch))
                result.Append(ch);
            else if (ch is ' ' or '-')
                result.Append('-');
        }
        return result.ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static char Pick(Random random, string letters) => letters[random.Next(letters.Length)];

    private static Guid RandomGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static void WriteOrNull(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type)
    {
        if (value is null)
            writer.WriteNull();
        else
            writer.Write(value, type);
    }

    private static void WriteOrNull<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } present)
            writer.Write(present, type);
        else
            writer.WriteNull();
    }
}
