using System.Net;
using System.Text;
using MimeKit;
using Suite.Framework.Digest;
using Suite.Framework.Exports;

namespace Suite.Host.Notifications.Digest;

/// <summary>
/// The digest as a letter: the subject "Suite: итоги недели 30.11–06.12", an HTML table of the figures each beside the
/// week before and the change, the same text for plain-text clients, and the same figures as a formatted workbook.
/// </summary>
internal static class DigestLetter
{
    public static MimeMessage Compose(DigestContent digest, MailRecipient recipient, DateTimeOffset companyNow)
    {
        var message = new MimeMessage { Subject = Subject(digest.Week, digest.Language) };
        message.To.Add(new MailboxAddress(recipient.Name, recipient.Address));
        var body = new BodyBuilder { HtmlBody = Html(digest), TextBody = PlainText(digest) };
        var workbook = Workbook(digest, companyNow);
        body.Attachments.Add(workbook.FileName, workbook.Content, ContentType.Parse(workbook.ContentType));
        message.Body = body.ToMessageBody();
        return message;
    }

    public static string Subject(DigestWeek week, string language) =>
        (language == "en" ? "Suite: the week " : "Suite: итоги недели ") + DigestFormat.Week(week);

    private static (string Figure, string Week, string Before, string Change) Headers(string language) => language == "en"
        ? ("Figure", "The week", "The week before", "Change")
        : ("Показатель", "За неделю", "Неделей ранее", "Изменение");

    private static string Html(DigestContent digest)
    {
        var language = digest.Language;
        var h = Headers(language);
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:Arial,sans-serif\">");
        html.Append($"<h2>{Encode(Subject(digest.Week, language))}</h2>");
        html.Append($"<p>{Encode(Period(digest.Week, language))}</p>");
        foreach (var section in digest.Sections)
        {
            html.Append($"<h3>{Encode(section.Title)}</h3><table cellpadding=\"4\" style=\"border-collapse:collapse\">");
            html.Append($"<tr><th align=\"left\">{h.Figure}</th><th align=\"right\">{h.Week}</th><th align=\"right\">{h.Before}</th><th align=\"right\">{h.Change}</th></tr>");
            foreach (var f in section.Figures)
                html.Append($"<tr data-figure=\"{f.Key}\"><td>{Encode(f.Label)}</td><td align=\"right\">{Encode(DigestFormat.Value(f.Value, f.Unit, language))}</td>" +
                            $"<td align=\"right\">{Encode(DigestFormat.Value(f.WeekBefore, f.Unit, language))}</td>" +
                            $"<td align=\"right\">{Encode(DigestFormat.Change(f, language))}</td></tr>");
            html.Append("</table>");
        }

        html.Append($"<p style=\"color:#666\">{Encode(Footer(language))}</p></body></html>");
        return html.ToString();
    }

    private static string PlainText(DigestContent digest)
    {
        var language = digest.Language;
        var text = new StringBuilder().AppendLine(Subject(digest.Week, language)).AppendLine(Period(digest.Week, language));
        foreach (var section in digest.Sections)
        {
            text.AppendLine().AppendLine(section.Title);
            foreach (var f in section.Figures)
                text.AppendLine($"{f.Label}: {DigestFormat.Value(f.Value, f.Unit, language)}" +
                                (f.WeekBefore is null ? "" : $" ({Headers(language).Before.ToLowerInvariant()} {DigestFormat.Value(f.WeekBefore, f.Unit, language)})"));
        }

        return text.AppendLine().AppendLine(Footer(language)).ToString();
    }

    /// <summary>One sheet: a row per figure under its section's heading, numbers as numbers so they add up in Excel.</summary>
    private static ExportFile Workbook(DigestContent digest, DateTimeOffset companyNow)
    {
        var language = digest.Language;
        var h = Headers(language);
        using var report = new FormattedReport();
        var sheet = report.AddSheet(language == "en" ? "Digest" : "Сводка", Subject(digest.Week, language), Period(digest.Week, language))
            .Widths(44, 18, 18);
        foreach (var section in digest.Sections)
        {
            sheet.Header(section.Title, h.Week, h.Before);
            foreach (var f in section.Figures)
                sheet.Row(f.Label, Cell(f.Value, f.Unit), f.WeekBefore is { } before ? Cell(before, f.Unit) : ReportCell.Empty);
        }

        return report.Save(language == "en" ? "weekly-digest" : "svodka-nedeli", companyNow);
    }

    private static ReportCell Cell(decimal value, DigestUnit unit) => unit switch
    {
        DigestUnit.Money => ReportCell.Money(value),
        DigestUnit.Percent => ReportCell.Share((double)(value / 100m)),
        _ => ReportCell.Count((long)value),
    };

    private static string Period(DigestWeek week, string language) => language == "en"
        ? $"Monday {week.From:dd.MM.yyyy} to Sunday {week.To:dd.MM.yyyy}, compared with the week before."
        : $"С понедельника {week.From:dd.MM.yyyy} по воскресенье {week.To:dd.MM.yyyy}, в сравнении с неделей ранее.";

    private static string Footer(string language) => language == "en"
        ? "You receive this because you subscribed to the weekly digest in your Suite notification settings."
        : "Вы получили это письмо, потому что подписались на еженедельную сводку в настройках уведомлений Suite.";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
