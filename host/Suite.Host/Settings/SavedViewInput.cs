using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Host.Settings;

/// <summary>A view to save: its list (ignored on update: a view stays with its list), name, the list's query, and whether everyone sees it.</summary>
internal sealed partial record SavedViewInput
{
    public const int MaxNameLength = 100;
    public const int MaxListLength = 100;
    public const int MaxQueryLength = 4000;
    public const int MaxQueryFields = 50;

    // Cyrillic kept as written: escaped, a Russian search text would take six times its length of the limit.
    internal static readonly JsonSerializerOptions QueryJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The list, by module and list name: crm.deals.</summary>
    public string? List { get; init; }

    public string? Name { get; init; }

    /// <summary>The list's filters by their names, the search text as "filter" and the order as "sorting" ("amount desc").</summary>
    public Dictionary<string, string?>? Query { get; init; }

    public bool Shared { get; init; }

    public string? ConcurrencyStamp { get; init; }

    /// <summary>The checked list name, name and query JSON, or a 400 naming every field that is wrong.</summary>
    public (string List, string Name, string Query) Validated()
    {
        var errors = new Dictionary<string, string[]>();
        var list = List?.Trim() ?? "";
        if (list.Length is 0 or > MaxListLength || !ListName().IsMatch(list))
            errors["list"] = [Text.Pick("Список — латиницей через точку, например crm.deals.", "The list is named in Latin letters with dots, e.g. crm.deals.")];
        var name = Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
            errors["name"] = [Text.Pick($"Название — от 1 до {MaxNameLength} символов.", $"The name is 1 to {MaxNameLength} characters long.")];
        var fields = (Query ?? []).Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);
        var query = JsonSerializer.Serialize(fields, QueryJson);
        if (fields.Count > MaxQueryFields || fields.Keys.Any(k => k.Length > 50 || !FieldName().IsMatch(k)) || query.Length > MaxQueryLength)
            errors["query"] = [Text.Pick(
                $"Фильтры вида — не больше {MaxQueryFields} полей с латинскими именами, всего до {MaxQueryLength} символов.",
                $"A view's query holds at most {MaxQueryFields} fields with Latin names, {MaxQueryLength} characters in all.")];
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        return (list, name, query);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*$")]
    private static partial Regex ListName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]*$")]
    private static partial Regex FieldName();
}
