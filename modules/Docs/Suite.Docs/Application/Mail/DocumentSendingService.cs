using Microsoft.EntityFrameworkCore;
using Suite.Docs.Application.Documents;
using Suite.Docs.Data;
using Suite.Docs.Domain.Documents;
using Suite.Docs.Events;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Users;

namespace Suite.Docs.Application.Mail;

/// <summary>
/// E-mails a document the user may see, with its latest version attached. Only a letter the mail server accepted is
/// recorded and announced (<see cref="DocumentSentEto"/>, in the same save as the record).
/// </summary>
internal sealed class DocumentSendingService(
    DocsDbContext db, IFileStore files, DocumentMailer mailer, ICurrentUser user, TimeProvider clock)
{
    public const string NotConfigured = "Docs.Smtp.NotConfigured";
    private const int MaxRecipients = 50;

    /// <summary>The settings an administrator sets to turn sending on, as environment variables.</summary>
    public static readonly IReadOnlyList<string> Settings =
    [
        "Suite__Smtp__Host", "Suite__Smtp__Port", "Suite__Smtp__SecureSocketOptions", "Suite__Smtp__UserName",
        "Suite__Smtp__Password", "Suite__Smtp__From", "Suite__Smtp__FromName",
    ];

    public MailStatusDto Status() => new(mailer.Settings.IsConfigured, mailer.Settings.SenderAddress);

    public async Task<DocumentSentDto> SendAsync(Guid id, SendDocumentInput input, CancellationToken cancellationToken)
    {
        var requested = await db.GetVisibleDocumentAsync(user, id, cancellationToken);
        var (to, cc, subject) = Validate(input);
        if (!mailer.Settings.IsConfigured)
            throw new BusinessRuleException(NotConfigured, Text.Pick(
                "Отправка почты не настроена. Администратор указывает почтовый сервер в настройках Suite:Smtp — переменные " +
                $"окружения {string.Join(", ", Settings)} (обязательны Host и From) — и перезапускает Suite.",
                "Sending mail is not set up. An administrator names the mail server in the Suite:Smtp settings — the environment " +
                $"variables {string.Join(", ", Settings)} (Host and From are required) — and restarts Suite."))
            {
                Extensions = new Dictionary<string, object?> { ["settings"] = Settings },
            };

        // The newest version of the same document (same card, kind and number) is the one the client should get.
        var document = await db.Documents.AsNoTracking().VisibleTo(user)
            .Where(d => d.EntityType == requested.EntityType && d.EntityId == requested.EntityId && d.Kind == requested.Kind
                && d.Number == requested.Number)
            .OrderByDescending(d => d.Version).FirstAsync(cancellationToken);
        var content = await files.OpenAsync(document.Id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Document), id);

        await mailer.SendAsync(new DocumentLetter(to, cc, subject, input.Message ?? "", document.FileName, document.ContentType, content),
            cancellationToken);

        var sentAt = clock.GetUtcNow();
        db.Dispatches.Add(new DocumentDispatch(document.Id, to, cc, subject, user.Id, sentAt));
        db.Publish(new DocumentSentEto(document.Id, document.Kind, document.EntityType, document.EntityId, document.Number,
            document.FileName, to, subject, document.OwnerId, user.Id, sentAt));
        await db.SaveChangesAsync(cancellationToken);
        return new DocumentSentDto(sentAt);
    }

    private static (List<string> To, List<string> Cc, string Subject) Validate(SendDocumentInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var to = Addresses(input.To);
        var cc = Addresses(input.Cc);
        if (to.Count == 0)
            errors["to"] = [Text.Pick("Укажите хотя бы одного получателя.", "Name at least one recipient.")];
        else if (Invalid(to) is { Length: > 0 } badTo)
            errors["to"] = badTo;
        if (Invalid(cc) is { Length: > 0 } badCc)
            errors["cc"] = badCc;
        if (to.Count + cc.Count > MaxRecipients)
            errors["to"] = [Text.Pick($"Не больше {MaxRecipients} получателей в одном письме.", $"At most {MaxRecipients} recipients in one letter.")];
        var subject = input.Subject?.Trim() ?? "";
        if (subject.Length == 0)
            errors["subject"] = [Text.Pick("Укажите тему письма.", "Enter the subject.")];
        else if (subject.Length > 500)
            errors["subject"] = [Text.Pick("Тема — не длиннее 500 знаков.", "The subject is at most 500 characters.")];
        if (input.Message is { Length: > 20_000 })
            errors["message"] = [Text.Pick("Текст письма — не длиннее 20 000 знаков.", "The message is at most 20,000 characters.")];
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        return (to, cc, subject);
    }

    /// <summary>The addresses as typed, blank entries dropped, each once.</summary>
    private static List<string> Addresses(IReadOnlyList<string>? addresses) =>
        (addresses ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string[] Invalid(List<string> addresses) => addresses.Where(a => !EmailAddresses.IsValid(a))
        .Select(a => Text.Pick($"«{a}» — неправильный адрес e-mail.", $"\"{a}\" is not a valid e-mail address.")).ToArray();
}
