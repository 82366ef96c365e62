using Suite.Crm.Domain.Deals;
using Suite.Crm.Domain.Leads;
using Suite.Framework.Localization;

namespace Suite.Crm.Application;

/// <summary>
/// Crm's status words in the request's language, one dictionary for every place a person reads a status
/// (exports today); the wire keeps its camelCase words (<c>open</c>, <c>inWork</c>) for programs.
/// </summary>
internal static class StatusWords
{
    public static string Of(DealStatus status) => status switch
    {
        DealStatus.Open => Text.Pick("Открыта", "Open"),
        DealStatus.Won => Text.Pick("Выиграна", "Won"),
        _ => Text.Pick("Проиграна", "Lost"),
    };

    public static string Of(LeadStatus status) => status switch
    {
        LeadStatus.New => Text.Pick("Новый", "New"),
        LeadStatus.InWork => Text.Pick("В работе", "In work"),
        LeadStatus.Converted => Text.Pick("Сконвертирован", "Converted"),
        _ => Text.Pick("Некачественный", "Junk"),
    };
}
