using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Timeline;
using Suite.Crm.Events;
using Suite.Crm.Timeline;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Timeline;

/// <summary>
/// Reads a card's timeline and writes the user's own entries on it (comments, calls, e-mails, meetings). A company's timeline
/// holds its own items and those of its deals and contacts; any other card's, its own.
/// </summary>
internal sealed class TimelineService(CrmDbContext db, ICurrentUser user, TimeProvider clock, IEnumerable<ITimelineSubject> subjects)
{
    public async Task<PagedResult<TimelineItemDto>> ListAsync(TimelineRequest request, CancellationToken cancellationToken)
    {
        var page = request.ToPage();
        page.Validate();
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.EntityType) || !TimelineEntityTypes.All.Contains(request.EntityType))
            errors["entityType"] = [Text.Pick("Карточка — company, contact, deal или lead.", "The entity type is company, contact, deal or lead.")];
        if (request.EntityId is null || request.EntityId == Guid.Empty)
            errors["entityId"] = [Text.Pick("Укажите карточку.", "Choose the card.")];
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var entityType = request.EntityType!;
        var entityId = request.EntityId!.Value;
        await FindAsync(entityType, entityId, cancellationToken);

        var query = entityType == TimelineEntityTypes.Company
            ? CompanyItems(entityId)
            : db.TimelineItems.AsNoTracking().Where(t => t.EntityType == entityType && t.EntityId == entityId);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id)
            .Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new PagedResult<TimelineItemDto>(total, await db.People.WithNamesAsync(items.Select(TimelineItemDto.From).ToList(),
            t => t.UserId, (t, name) => t with { UserFullName = name }, cancellationToken));
    }

    /// <summary>
    /// The company's own items and those of its deals, contacts and leads, except the items of a deal, contact or lead
    /// the reader may not see: the company's timeline must not show a comment on a deal that a director gave to another
    /// manager. The history of a record since deleted stays with the company.
    /// </summary>
    private IQueryable<TimelineItem> CompanyItems(Guid companyId)
    {
        var visibleDeals = db.Deals.VisibleTo(user).Select(d => d.Id);
        var visibleContacts = db.Contacts.VisibleTo(user).Select(c => c.Id);
        var visibleLeads = db.Leads.VisibleTo(user).Select(l => l.Id);
        return db.TimelineItems.AsNoTracking().Where(t => t.CompanyId == companyId
            && !(t.EntityType == TimelineEntityTypes.Deal && db.Deals.Any(d => d.Id == t.EntityId) && !visibleDeals.Contains(t.EntityId))
            && !(t.EntityType == TimelineEntityTypes.Contact && db.Contacts.Any(c => c.Id == t.EntityId) && !visibleContacts.Contains(t.EntityId))
            && !(t.EntityType == TimelineEntityTypes.Lead && db.Leads.Any(l => l.Id == t.EntityId) && !visibleLeads.Contains(t.EntityId)));
    }

    /// <summary>
    /// A comment, told to the modules as <see cref="TimelineCommentAddedEto"/> with the active people it @mentions by
    /// user name (Notifications tells them).
    /// </summary>
    public async Task<TimelineItemDto> AddCommentAsync(CommentInput input, CancellationToken cancellationToken)
    {
        var text = input.Text!.Trim();
        var names = Mentions.UserNamesIn(text);
        var mentioned = names.Count == 0
            ? []
            : await db.People.AsNoTracking().Where(p => p.IsActive && names.Contains(p.UserName.ToLower())).Select(p => p.Id)
                .ToListAsync(cancellationToken);
        return await AddAsync(input, TimelineKinds.Comment, clock.GetUtcNow(), null, new { text },
            (item, subject) => new TimelineCommentAddedEto(item.Id, item.EntityType, item.EntityId, subject.Title, text, item.UserId,
                mentioned, item.OccurredAt),
            cancellationToken);
    }

    public Task<TimelineItemDto> AddCallAsync(CallInput input, CancellationToken cancellationToken) =>
        AddAsync(input, TimelineKinds.Call, input.OccurredAt ?? clock.GetUtcNow(), null,
            new { direction = input.Direction, durationSeconds = input.DurationSeconds, result = Clean(input.Result), note = Clean(input.Note) },
            cancellationToken);

    public Task<TimelineItemDto> AddEmailAsync(EmailInput input, CancellationToken cancellationToken) =>
        AddAsync(input, TimelineKinds.Email, input.OccurredAt ?? clock.GetUtcNow(), input.Subject!.Trim(),
            new { direction = input.Direction, subject = input.Subject!.Trim(), address = Clean(input.Address), note = Clean(input.Note) },
            cancellationToken);

    public Task<TimelineItemDto> AddMeetingAsync(MeetingInput input, CancellationToken cancellationToken) =>
        AddAsync(input, TimelineKinds.Meeting, input.StartsAt!.Value, input.Subject!.Trim(),
            new
            {
                subject = input.Subject!.Trim(), startsAt = input.StartsAt, durationMinutes = input.DurationMinutes,
                place = Clean(input.Place), note = Clean(input.Note),
            },
            cancellationToken);

    private async Task<TimelineItemDto> AddAsync(TimelineEntryInput input, string kind, DateTimeOffset occurredAt, string? title,
        object details, CancellationToken cancellationToken) =>
        await AddAsync(input, kind, occurredAt, title, details, null, cancellationToken);

    /// <param name="told">The integration event that tells the other modules of the new item, if any.</param>
    private async Task<TimelineItemDto> AddAsync(TimelineEntryInput input, string kind, DateTimeOffset occurredAt, string? title,
        object details, Func<TimelineItem, TimelineSubjectRef, TimelineCommentAddedEto>? told, CancellationToken cancellationToken)
    {
        var entityType = input.EntityType!;
        var entityId = input.EntityId!.Value;
        var subject = await FindAsync(entityType, entityId, cancellationToken);
        // A time the user gave (a call's, a meeting's start) may carry their offset; stored times are UTC (PostgreSQL
        // refuses any other offset for a timestamptz).
        var item = new TimelineItem(Guid.CreateVersion7(), entityType, entityId, subject.CompanyId, occurredAt.ToUniversalTime(), kind, title,
            TimelineWriter.Json(details), user.Id);
        db.TimelineItems.Add(item);
        if (told is not null)
            db.Publish(told(item, subject));
        await db.SaveChangesAsync(cancellationToken);
        return TimelineItemDto.From(item) with { UserFullName = await db.People.NameOfAsync(item.UserId, cancellationToken) };
    }

    /// <summary>The card, if the user may see it: without its read permission 403, someone else's (or none) 404.</summary>
    private async Task<TimelineSubjectRef> FindAsync(string entityType, Guid entityId, CancellationToken cancellationToken)
    {
        var subject = subjects.SingleOrDefault(s => s.EntityType == entityType);
        if (subject is not null && !user.HasPermission(subject.ReadPermission))
            throw new AccessDeniedException(Text.Pick("Нет доступа к этим карточкам.", "You may not read these cards."));
        return (subject is null ? null : await subject.FindVisibleAsync(entityId, cancellationToken))
               ?? throw new EntityNotFoundException(Capitalized(entityType), entityId);
    }

    private static string Capitalized(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
