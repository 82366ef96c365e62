using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.Leads;
using Suite.Crm.Application.People;
using Suite.Crm.Data;
using Suite.Crm.Domain.Leads;
using Suite.Crm.Domain.WebForms;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Users;

namespace Suite.Crm.Application.WebForms;

/// <summary>Web forms for administrators, and the anonymous submission that turns a visitor's request into a lead.</summary>
internal sealed class WebFormService(
    CrmDbContext db, Owners owners, ICurrentUser user, TimeProvider clock, IValidator<WebFormSubmission> submissionValidator)
{
    private static readonly SortMap<WebForm> Sorting = new SortMap<WebForm>("name")
        .Add("name", f => f.Name)
        .Add("createdAt", f => f.CreatedAt);

    private DateTimeOffset Now => clock.GetUtcNow();

    public async Task<PagedResult<WebFormDto>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        var query = db.WebForms.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLower();
            query = query.Where(f => f.Name.ToLower().Contains(term));
        }

        return await db.People.WithNamesAsync(await query.ToPageAsync(request, Sorting, WebFormDto.From, cancellationToken),
            f => f.OwnerId, (f, name) => f with { OwnerName = name }, cancellationToken);
    }

    public async Task<WebFormDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await NamedAsync(await FindAsync(id, cancellationToken), cancellationToken);

    public async Task<WebFormDto> CreateAsync(WebFormInput input, CancellationToken cancellationToken)
    {
        var details = input.ToDetails();
        await CheckSourceAsync(details.SourceId, cancellationToken);
        var owner = OwnerFor(input.OwnerId);
        await EnsureMayOwnLeadsAsync(owner, details, cancellationToken);
        var form = new WebForm(details, owner);
        db.WebForms.Add(form);
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(form, cancellationToken);
    }

    public async Task<WebFormDto> UpdateAsync(Guid id, WebFormInput input, CancellationToken cancellationToken)
    {
        var form = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(form, input.ConcurrencyStamp);
        var details = input.ToDetails();
        await CheckSourceAsync(details.SourceId, cancellationToken);
        var owner = input.OwnerId ?? form.OwnerId;
        await EnsureMayOwnLeadsAsync(owner == form.OwnerId ? null : owner, details, cancellationToken);
        form.Update(details, owner);
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(form, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var form = await FindAsync(id, cancellationToken);
        db.WebForms.Remove(form);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Creates the lead of a visitor's request. Only the row is written here; everything slow (notifications,
    /// tasks) happens in handlers of the lead's event, so the website gets its answer at once.
    /// </summary>
    public async Task<WebFormSubmitResultDto> SubmitAsync(string formKey, WebFormSubmission input, CancellationToken cancellationToken)
    {
        var form = await db.WebForms.AsNoTracking().SingleOrDefaultAsync(f => f.FormKey == formKey && f.IsActive, cancellationToken)
                   ?? throw new EntityNotFoundException("WebForm", formKey);
        var accepted = new WebFormSubmitResultDto(form.SuccessMessage
                                                  ?? Text.Pick("Спасибо! Мы скоро свяжемся с вами.", "Thank you! We will get back to you soon."));
        if (!string.IsNullOrWhiteSpace(input.Website))
            return accepted; // a robot filled in the field people never see: it learns nothing

        var result = await submissionValidator.ValidateAsync(input, cancellationToken);
        if (!result.IsValid)
            throw new ValidationException(result.Errors);
        var details = DetailsOf(form, input);

        var owner = form.UsesRoundRobin ? await NextRoundRobinOwnerAsync(form, cancellationToken) : form.OwnerId;
        var lead = new Lead(details, owner, form.Id);
        db.Leads.Add(lead);
        db.Publish(LeadService.Created(lead, null, Now));
        await db.SaveChangesAsync(cancellationToken);
        CrmMetrics.LeadReceived("web_form");
        return accepted;
    }

    /// <summary>Only what the form shows is kept; what it requires must be there, and a phone or an e-mail always.</summary>
    private static LeadDetails DetailsOf(WebForm form, WebFormSubmission input)
    {
        string? Take(string field, string? value) => form.Field(field).Shown ? LeadInput.Clean(value) : null;
        var values = new Dictionary<string, string?>
        {
            [WebFormField.NameField] = Take(WebFormField.NameField, input.Name),
            [WebFormField.Phone] = Take(WebFormField.Phone, input.Phone),
            [WebFormField.Email] = Take(WebFormField.Email, input.Email)?.ToLowerInvariant(),
            [WebFormField.CompanyName] = Take(WebFormField.CompanyName, input.CompanyName),
            [WebFormField.Comment] = Take(WebFormField.Comment, input.Comment),
        };

        var errors = new Dictionary<string, string[]>();
        foreach (var field in form.Fields.Where(f => f.Required && values[f.Name] is null))
            errors[field.Name] = [Text.Pick("Заполните это поле.", "Fill in this field.")];
        if (values[WebFormField.Phone] is null && values[WebFormField.Email] is null)
        {
            var message = Text.Pick("Оставьте телефон или e-mail, чтобы мы могли связаться с вами.", "Leave a phone or an e-mail so that we can get back to you.");
            errors.TryAdd(WebFormField.Phone, [message]);
            errors.TryAdd(WebFormField.Email, [message]);
        }

        if (errors.Count > 0)
            throw new InputValidationException(errors);

        return new LeadDetails(null, values[WebFormField.NameField], values[WebFormField.Phone], values[WebFormField.Email],
            values[WebFormField.CompanyName], null, values[WebFormField.Comment], form.SourceId);
    }

    /// <summary>
    /// Takes the next turn with a compare-and-set on the form's counter: of two simultaneous submissions only one
    /// moves it from a given value, the other reads the new value and tries again, so nobody gets two leads in a
    /// row by accident and the turn survives restarts.
    /// </summary>
    private async Task<Guid> NextRoundRobinOwnerAsync(WebForm form, CancellationToken cancellationToken)
    {
        var position = form.RoundRobinPosition;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var current = position;
            var taken = await db.WebForms
                .Where(f => f.Id == form.Id && f.RoundRobinPosition == current)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.RoundRobinPosition, current + 1), cancellationToken);
            if (taken == 1)
                return form.OwnerAt(current);
            position = await db.WebForms.Where(f => f.Id == form.Id).Select(f => f.RoundRobinPosition).SingleAsync(cancellationToken);
        }

        return form.OwnerAt(position); // under a storm of submissions, fairness gives way to answering
    }

    private async Task CheckSourceAsync(Guid? sourceId, CancellationToken cancellationToken)
    {
        if (sourceId is { } id && !await db.Sources.AnyAsync(s => s.Id == id, cancellationToken))
            throw InputValidationException.For("sourceId", Text.Pick("Такого источника нет.", "There is no such source."));
    }

    private async Task<WebForm> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.WebForms.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw new EntityNotFoundException("WebForm", id);

    /// <summary>
    /// The form's leads go to its owner or its round-robin members: each must be an active user. An owner kept as it
    /// was (null here) is not checked again, so a form whose owner left can still be edited to hand its leads on.
    /// </summary>
    private async Task EnsureMayOwnLeadsAsync(Guid? newOwner, WebFormDetails details, CancellationToken cancellationToken)
    {
        if (newOwner is { } owner)
            await owners.EnsureMayOwnAsync(owner, cancellationToken);
        if (details.Assignment == WebFormAssignment.RoundRobin)
            await owners.EnsureMayOwnAsync(details.RoundRobinUserIds, cancellationToken);
    }

    private async Task<WebFormDto> NamedAsync(WebForm form, CancellationToken cancellationToken) =>
        WebFormDto.From(form) with { OwnerName = await db.People.NameOfAsync(form.OwnerId, cancellationToken) };

    private Guid OwnerFor(Guid? requested) =>
        requested ?? user.Id ?? throw new AccessDeniedException(Text.Pick("Войдите, чтобы вести формы.", "Sign in to manage web forms."));
}
