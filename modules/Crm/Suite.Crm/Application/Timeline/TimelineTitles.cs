using System.Text.Json;
using Suite.Crm.Domain.Timeline;
using Suite.Crm.Timeline;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Timeline;

/// <summary>
/// Headings are made when read, not when written, so each user reads them in their language. A kind Crm does not
/// know (added by another module's handler) shows its stored subject.
/// </summary>
internal static class TimelineTitles
{
    public static string For(TimelineItem t)
    {
        var what = t.EntityType switch
        {
            TimelineEntityTypes.Company => Text.Pick("Компания", "Company"),
            TimelineEntityTypes.Contact => Text.Pick("Контакт", "Contact"),
            TimelineEntityTypes.Deal => Text.Pick("Сделка", "Deal"),
            TimelineEntityTypes.Lead => Text.Pick("Лид", "Lead"),
            _ => t.EntityType,
        };
        var subject = string.IsNullOrWhiteSpace(t.Title) ? what : $"{what}{Quoted(t.Title)}";
        return t.Kind switch
        {
            TimelineKinds.Created => Text.Pick($"{subject}: создание", $"{subject} created"),
            TimelineKinds.Updated => Text.Pick($"{subject}: изменены поля", $"{subject}: fields changed"),
            TimelineKinds.StageChanged => Text.Pick($"{subject}: смена этапа", $"{subject}: stage changed"),
            TimelineKinds.Won => Text.Pick($"{subject}: выиграна", $"{subject} won"),
            TimelineKinds.Lost => Text.Pick($"{subject}: проиграна", $"{subject} lost"),
            TimelineKinds.Reopened => Text.Pick($"{subject}: открыта заново", $"{subject} reopened"),
            TimelineKinds.OwnerChanged => Text.Pick($"{subject}: новый ответственный", $"{subject}: owner changed"),
            TimelineKinds.Merged => Text.Pick(
                $"Присоединён дубликат{Quoted(t.Title)}", $"Duplicate{Quoted(t.Title)} merged in"),
            TimelineKinds.Converted => Text.Pick($"Лид превращён в сделку{Quoted(t.Title)}", $"Lead converted into deal{Quoted(t.Title)}"),
            TimelineKinds.Comment => Text.Pick("Комментарий", "Comment"),
            TimelineKinds.Call => Text.Pick("Звонок", "Call"),
            TimelineKinds.Email => Detail(t, "direction") is { ValueKind: JsonValueKind.String } d && d.GetString() == "incoming"
                ? Text.Pick($"Входящее письмо{Quoted(t.Title)}", $"E-mail received{Quoted(t.Title)}")
                : Text.Pick($"Письмо{Quoted(t.Title)} отправлено", $"E-mail sent{Quoted(t.Title)}"),
            TimelineKinds.Meeting => Text.Pick($"Встреча{Quoted(t.Title)}", $"Meeting{Quoted(t.Title)}"),
            DocumentGeneratedTimelineHandler.Kind => Version(t) > 1
                ? Text.Pick($"Документ{Quoted(t.Title)} обновлён, версия {Version(t)}", $"Document{Quoted(t.Title)} regenerated, version {Version(t)}")
                : Text.Pick($"Документ{Quoted(t.Title)} создан", $"Document{Quoted(t.Title)} generated"),
            DocumentSentTimelineHandler.Kind => Text.Pick(
                $"Документ{Quoted(t.Title)} отправлен на {Recipients(t)}", $"Document{Quoted(t.Title)} sent to {Recipients(t)}"),
            TaskCreatedTimelineHandler.Kind => Text.Pick(
                $"Задача{Quoted(t.Title)} поставлена, исполнитель — {Person(t, "assigneeName")}",
                $"Task{Quoted(t.Title)} set for {Person(t, "assigneeName")}"),
            TaskCompletedTimelineHandler.Kind => Text.Pick(
                $"Задача{Quoted(t.Title)} выполнена{(Late(t) ? " с опозданием" : "")}: {Completer(t)}",
                $"Task{Quoted(t.Title)} done{(Late(t) ? " late" : "")} by {Completer(t)}"),
            TaskOverdueTimelineHandler.Kind => Text.Pick(
                $"Задача{Quoted(t.Title)} просрочена, исполнитель — {Person(t, "assigneeName")}",
                $"Task{Quoted(t.Title)} is overdue, assigned to {Person(t, "assigneeName")}"),
            TaskReassignedTimelineHandler.Kind => Text.Pick(
                $"Задача{Quoted(t.Title)} передана: {Person(t, "fromAssigneeName")} → {Person(t, "toAssigneeName")}",
                $"Task{Quoted(t.Title)} passed from {Person(t, "fromAssigneeName")} to {Person(t, "toAssigneeName")}"),
            _ => t.Title ?? t.Kind,
        };
    }

    /// <summary>A person named in the item's details; one Crm had no copy of yet is "someone".</summary>
    private static string Person(TimelineItem t, string property) =>
        Detail(t, property) is { ValueKind: JsonValueKind.String } name ? name.GetString()! : Text.Pick("сотрудник", "someone");

    /// <summary>Who marked the task done, else its assignee.</summary>
    private static string Completer(TimelineItem t) =>
        Detail(t, "completedByName") is { ValueKind: JsonValueKind.String } name ? name.GetString()! : Person(t, "assigneeName");

    private static bool Late(TimelineItem t) => Detail(t, "onTime") is { ValueKind: JsonValueKind.False };

    private static int Version(TimelineItem t) =>
        Detail(t, "version") is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var version) ? version : 1;

    private static string Recipients(TimelineItem t) =>
        Detail(t, "to") is { ValueKind: JsonValueKind.Array } to ? string.Join(", ", to.EnumerateArray().Select(a => a.GetString())) : "";

    private static JsonElement? Detail(TimelineItem t, string name)
    {
        using var details = JsonDocument.Parse(t.Details);
        return details.RootElement.ValueKind == JsonValueKind.Object && details.RootElement.TryGetProperty(name, out var value)
            ? value.Clone()
            : null;
    }

    /// <summary>« » around a name, unless it has its own (ООО «Ромашка»).</summary>
    private static string Quoted(string? title) =>
        string.IsNullOrWhiteSpace(title) ? "" : title.Contains('«') ? $" {title}" : $" «{title}»";
}
