using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.Companies;
using Suite.Crm.Application.Contacts;
using Suite.Crm.Application.Duplicates;
using Suite.Crm.Data;
using Suite.Crm.Domain.Imports;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Imports;

internal enum RowOutcome
{
    Created,
    Updated,
    Skipped,
    Failed,
}

/// <summary>
/// Writes one imported row through the same validators and services as the API, so a row is refused for
/// exactly the reasons a form would be, and a refused row only adds its errors to the list.
/// </summary>
internal sealed class ImportRowWriter(
    CrmDbContext db,
    ICurrentUser user,
    CompanyService companies,
    ContactService contacts,
    DuplicateFinder duplicates,
    IValidator<CompanyInput> companyValidator,
    IValidator<ContactInput> contactValidator)
{
    private static readonly char[] ListSeparators = [',', ';', '\n'];

    private readonly HashSet<string> _pendingKeys = [];
    private readonly List<int> _pendingRows = [];

    /// <summary>
    /// Rows are saved together by <see cref="FlushAsync"/> instead of one by one: one transaction per batch
    /// instead of per row. A row whose tax id, phone or e-mail repeats one still pending flushes first, so the
    /// duplicate rules see it.
    /// </summary>
    public bool Deferred { get; set; }

    /// <summary>Rows written since the last flush; if the flush fails, these are the ones to write again one by one.</summary>
    public IReadOnlyList<int> PendingRows => _pendingRows;

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ImportBatchFailedException(e);
        }

        _pendingKeys.Clear();
        _pendingRows.Clear();
    }

    public async Task<(RowOutcome Outcome, List<ImportRowError> Errors)> WriteAsync(
        ImportTarget target, DuplicateHandling handling, IReadOnlyDictionary<string, string> values, int row, CancellationToken cancellationToken)
    {
        var keys = KeysOf(target, values);
        if (Deferred && keys.Overlaps(_pendingKeys))
            await FlushAsync(cancellationToken);

        var errors = new List<ImportRowError>();
        try
        {
            var outcome = target == ImportTarget.Company
                ? await CompanyAsync(handling, values, row, errors, cancellationToken)
                : await ContactAsync(handling, values, row, errors, cancellationToken);
            if (errors.Count > 0)
                return (RowOutcome.Failed, errors);
            if (Deferred && outcome is RowOutcome.Created or RowOutcome.Updated)
            {
                _pendingKeys.UnionWith(keys);
                _pendingRows.Add(row);
            }

            return (outcome, errors);
        }
        catch (Exception e) when (e is InputValidationException or FluentValidation.ValidationException or BusinessRuleException
                                      or AccessDeniedException or EntityNotFoundException or DbUpdateException)
        {
            // What failed to save must not be saved again with the next row. (Deferred rows fail before they
            // touch the context, and clearing it would drop the batch's good rows.)
            if (!Deferred)
                db.ChangeTracker.Clear();
            errors.AddRange(Describe(e, row));
            return (RowOutcome.Failed, errors);
        }
    }

    private static HashSet<string> KeysOf(ImportTarget target, IReadOnlyDictionary<string, string> values)
    {
        var keys = new HashSet<string>();
        void Add(string prefix, string? key)
        {
            if (key is not null)
                keys.Add(prefix + key);
        }

        if (target == ImportTarget.Company)
        {
            Add("t:", Value(values, "taxId"));
            Add("p:", Domain.Duplicates.ContactKeys.Phone(Value(values, "phone")));
            Add("e:", Domain.Duplicates.ContactKeys.Email(Value(values, "email")));
        }
        else
        {
            foreach (var phone in List(values, "phones") ?? [])
                Add("p:", Domain.Duplicates.ContactKeys.Phone(phone));
            foreach (var email in List(values, "emails") ?? [])
                Add("e:", Domain.Duplicates.ContactKeys.Email(email));
        }

        return keys;
    }

    private async Task<RowOutcome> CompanyAsync(
        DuplicateHandling handling, IReadOnlyDictionary<string, string> values, int row, List<ImportRowError> errors, CancellationToken ct)
    {
        var input = CompanyInputOf(values);
        if (!await ValidAsync(companyValidator, input, row, errors, ct))
            return RowOutcome.Failed;

        var matches = await duplicates.FindAsync(new DuplicateQuery(input.TaxId, Maybe(input.Phone), Maybe(input.Email), Contacts: false), ct);
        if (matches.Count > 0 && handling == DuplicateHandling.Skip)
            return RowOutcome.Skipped;
        if (matches.Count > 0 && handling == DuplicateHandling.Update)
        {
            if (matches.FirstOrDefault(m => m.Visible) is not { } match)
            {
                errors.Add(NotYours(row, matches[0]));
                return RowOutcome.Failed;
            }

            var existing = await companies.GetAsync(match.Id, ct);
            var merged = new CompanyInput
            {
                Name = input.Name ?? existing.Name,
                TaxId = input.TaxId ?? existing.TaxId,
                Kpp = input.Kpp ?? existing.Kpp,
                Address = input.Address ?? existing.Address,
                Phone = input.Phone ?? existing.Phone,
                Email = input.Email ?? existing.Email,
                Website = input.Website ?? existing.Website,
                SourceId = existing.SourceId,
                Tags = existing.Tags.Concat(input.Tags ?? []).ToList(),
                CustomFields = Overlay(existing.CustomFields, input.CustomFields),
            };
            if (!await ValidAsync(companyValidator, merged, row, errors, ct))
                return RowOutcome.Failed;
            await companies.UpdateAsync(match.Id, merged, ct, save: !Deferred);
            return RowOutcome.Updated;
        }

        await companies.CreateAsync(input, ct, save: !Deferred);
        return RowOutcome.Created;
    }

    private async Task<RowOutcome> ContactAsync(
        DuplicateHandling handling, IReadOnlyDictionary<string, string> values, int row, List<ImportRowError> errors, CancellationToken ct)
    {
        var companyId = await CompanyOfAsync(values, row, errors, ct);
        var input = new ContactInput
        {
            FirstName = Value(values, "firstName"),
            LastName = Value(values, "lastName"),
            Position = Value(values, "position"),
            CompanyId = companyId,
            Phones = List(values, "phones"),
            Emails = List(values, "emails"),
            Tags = List(values, "tags"),
            CustomFields = CustomFields(values),
        };
        if (!await ValidAsync(contactValidator, input, row, errors, ct) || errors.Count > 0)
            return RowOutcome.Failed;

        var matches = await duplicates.FindAsync(new DuplicateQuery(null, input.Phones ?? [], input.Emails ?? [], Companies: false), ct);
        if (matches.Count > 0 && handling == DuplicateHandling.Skip)
            return RowOutcome.Skipped;
        if (matches.Count > 0 && handling == DuplicateHandling.Update)
        {
            if (matches.FirstOrDefault(m => m.Visible) is not { } match)
            {
                errors.Add(NotYours(row, matches[0]));
                return RowOutcome.Failed;
            }

            var existing = await contacts.GetAsync(match.Id, ct);
            var merged = new ContactInput
            {
                FirstName = input.FirstName ?? existing.FirstName,
                LastName = input.LastName ?? existing.LastName,
                Position = input.Position ?? existing.Position,
                CompanyId = input.CompanyId ?? existing.CompanyId,
                Phones = existing.Phones.Concat(input.Phones ?? []).ToList(),
                Emails = existing.Emails.Concat(input.Emails ?? []).ToList(),
                Tags = existing.Tags.Concat(input.Tags ?? []).ToList(),
                CustomFields = Overlay(existing.CustomFields, input.CustomFields),
            };
            if (!await ValidAsync(contactValidator, merged, row, errors, ct))
                return RowOutcome.Failed;
            await contacts.UpdateAsync(match.Id, merged, ct, save: !Deferred);
            return RowOutcome.Updated;
        }

        await contacts.CreateAsync(input, ct, save: !Deferred);
        return RowOutcome.Created;
    }

    /// <summary>The company a contact row names by tax id or by exact name, among the companies the user may see.</summary>
    private async Task<Guid?> CompanyOfAsync(IReadOnlyDictionary<string, string> values, int row, List<ImportRowError> errors, CancellationToken ct)
    {
        var taxId = Value(values, "companyTaxId");
        var name = Value(values, "companyName");
        if (taxId is null && name is null)
            return null;
        var visible = db.Companies.VisibleTo(user).AsNoTracking();
        var id = taxId is not null
            ? await visible.Where(c => c.TaxId == taxId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct)
            : await visible.Where(c => c.Name == name).OrderBy(c => c.CreatedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (id is null)
            errors.Add(new ImportRowError(row, taxId is not null ? "companyTaxId" : "companyName",
                Text.Pick($"Компания «{taxId ?? name}» не найдена.", $"Company '{taxId ?? name}' was not found.")));
        return id;
    }

    /// <summary>A company row's mapped cells as the form's input; <see cref="CompanyBatchImport"/> reads rows the same way.</summary>
    internal static CompanyInput CompanyInputOf(IReadOnlyDictionary<string, string> values) => new()
    {
        Name = Value(values, "name"),
        TaxId = Value(values, "taxId"),
        Kpp = Value(values, "kpp"),
        Address = Value(values, "address"),
        Phone = Value(values, "phone"),
        Email = Value(values, "email"),
        Website = Value(values, "website"),
        Tags = List(values, "tags"),
        CustomFields = CustomFields(values),
    };

    internal static async Task<bool> ValidAsync<T>(IValidator<T> validator, T input, int row, List<ImportRowError> errors, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(input, ct);
        errors.AddRange(result.Errors.Select(f => new ImportRowError(row, CamelCase(f.PropertyName), f.ErrorMessage)));
        return result.IsValid;
    }

    private static IEnumerable<ImportRowError> Describe(Exception e, int row) => e switch
    {
        InputValidationException v => v.Errors.SelectMany(p => p.Value.Select(m => new ImportRowError(row, p.Key, m))),
        FluentValidation.ValidationException v => v.Errors.Select(f => new ImportRowError(row, CamelCase(f.PropertyName), f.ErrorMessage)),
        BusinessRuleException b when b.Code == CompanyService.DuplicateTaxId => [new ImportRowError(row, "taxId", b.Message)],
        _ => [new ImportRowError(row, "", e is DbUpdateException
            ? Text.Pick("Строку не удалось сохранить.", "The row could not be saved.")
            : e.Message)],
    };

    private static ImportRowError NotYours(int row, DuplicateMatch match) => new(row, match.MatchedBy.FirstOrDefault() ?? "",
        Text.Pick("Такая карточка уже есть у другого менеджера.", "This card already exists and belongs to another manager."));

    private static string CamelCase(string path) => string.Join('.', path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    private static string? Value(IReadOnlyDictionary<string, string> values, string field) =>
        values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static List<string>? List(IReadOnlyDictionary<string, string> values, string field) =>
        Value(values, field)?.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static List<string> Maybe(string? value) => value is null ? [] : [value];

    private static Dictionary<string, string> CustomFields(IReadOnlyDictionary<string, string> values) =>
        values.Where(p => p.Key.StartsWith("customFields.", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key["customFields.".Length..], p => p.Value.Trim());

    private static Dictionary<string, string> Overlay(IReadOnlyDictionary<string, string> existing, Dictionary<string, string>? imported)
    {
        var result = new Dictionary<string, string>(existing);
        foreach (var (key, value) in imported ?? [])
            result[key] = value;
        return result;
    }
}

/// <summary>Saving a batch of rows together failed; its pending rows are written again one by one.</summary>
internal sealed class ImportBatchFailedException(Exception inner) : Exception("Saving the batch failed.", inner);
