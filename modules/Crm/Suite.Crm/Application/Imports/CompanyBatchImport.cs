using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Suite.Crm.Application.Companies;
using Suite.Crm.Application.CustomFields;
using Suite.Crm.Data;
using Suite.Crm.Domain.Companies;
using Suite.Crm.Domain.CustomFields;
using Suite.Crm.Domain.Duplicates;
using Suite.Crm.Domain.Imports;
using Suite.Crm.Events;
using Suite.Framework.Data;
using Suite.Framework.Imports;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Imports;

/// <summary>
/// Imports a batch of company rows that only create cards (duplicates skipped, or created anyway) set-wise: the rows are
/// validated in memory, one query finds the existing cards any of them repeats, and the new cards go in with one
/// <see cref="BulkInsert"/> together with their log rows and their Crm.Company.Created events. Each row gets the outcome
/// and the errors <see cref="ImportRowWriter"/> would give it one by one: the same validator and custom field rules,
/// the same duplicate rule as <see cref="Duplicates.DuplicateFinder"/> (tax id, phone or e-mail, across every owner's
/// cards and the rows above it in the file), and the same unique tax id + КПП rule as <see cref="CompanyService"/>.
/// </summary>
internal sealed class CompanyBatchImport(
    CrmDbContext db, ICurrentUser user, CustomFieldValues customFields, IValidator<CompanyInput> validator, TimeProvider clock)
{
    /// <summary>Whether a run's rows can go this way; updates of existing cards go one by one through <see cref="ImportRowWriter"/>.</summary>
    public static bool Handles(ImportTarget target, DuplicateHandling handling) =>
        target == ImportTarget.Company && handling != DuplicateHandling.Update;

    /// <summary>
    /// The outcome of every row, or null when the batch could not be saved (a card with the same tax id was saved
    /// meanwhile): then nothing of it is saved, and the caller writes its rows one by one.
    /// </summary>
    public async Task<Dictionary<int, (RowOutcome Outcome, List<ImportRowError> Errors)>?> WriteAsync(
        DuplicateHandling handling, IReadOnlyList<(int Row, Dictionary<string, string> Values)> rows, CancellationToken cancellationToken)
    {
        var results = new Dictionary<int, (RowOutcome, List<ImportRowError>)>();
        var valid = new List<(int Row, CompanyDetails Details, Keys Keys)>();
        foreach (var (row, values) in rows)
        {
            var input = ImportRowWriter.CompanyInputOf(values);
            var errors = new List<ImportRowError>();
            if (!await ImportRowWriter.ValidAsync(validator, input, row, errors, cancellationToken))
            {
                results[row] = (RowOutcome.Failed, errors);
                continue;
            }

            var details = input.ToDetails();
            valid.Add((row, details, new Keys(details.TaxId, details.Kpp, ContactKeys.Phone(details.Phone), ContactKeys.Email(details.Email))));
        }

        var existing = await ExistingAsync(valid.Select(v => v.Keys).ToList(), cancellationToken);
        var owner = user.Id ?? throw new InvalidOperationException("An import runs as the user who started it.");
        var created = new List<Company>();
        foreach (var (row, details, keys) in valid)
        {
            if (handling == DuplicateHandling.Skip && existing.Repeats(keys))
            {
                results[row] = (RowOutcome.Skipped, []);
                continue;
            }

            var (values, faults) = await customFields.CheckAsync(CustomFieldEntity.Company, details.CustomFields, cancellationToken);
            if (faults.Count > 0)
            {
                results[row] = (RowOutcome.Failed, faults.SelectMany(f => f.Value.Select(m => new ImportRowError(row, f.Key, m))).ToList());
                continue;
            }

            if (keys.TaxId is not null && existing.TaxIdKpp.Contains((keys.TaxId, keys.Kpp)))
            {
                var refusal = CompanyService.DuplicateTaxIdRefusal(keys.TaxId, keys.Kpp);
                results[row] = (RowOutcome.Failed, [new ImportRowError(row, "taxId", refusal.Message)]);
                continue;
            }

            created.Add(new Company(details with { CustomFields = values }, owner));
            existing.Add(keys);
            results[row] = (RowOutcome.Created, []);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            await db.InsertAsync(created, c => new CompanyCreatedEto(c.Id, c.Name, c.TaxId, c.Kpp, c.Address, c.OwnerId, user.Id, now),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            return null;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return null;
        }

        return results;
    }

    /// <summary>What a row is matched by: its tax id (and КПП, for the unique rule), its normalised phone and e-mail.</summary>
    private sealed record Keys(string? TaxId, string? Kpp, string? Phone, string? Email);

    /// <summary>One query for the cards that share a tax id, phone or e-mail with any row of the batch.</summary>
    private async Task<KnownKeys> ExistingAsync(List<Keys> rows, CancellationToken cancellationToken)
    {
        var taxIds = rows.Select(r => r.TaxId).OfType<string>().Distinct().ToList();
        var phones = rows.Select(r => r.Phone).OfType<string>().Distinct().ToList();
        var emails = rows.Select(r => r.Email).OfType<string>().Distinct().ToList();
        var known = new KnownKeys();
        if (taxIds.Count == 0 && phones.Count == 0 && emails.Count == 0)
            return known;
        var matches = await db.Companies.AsNoTracking()
            .Where(c => (c.TaxId != null && taxIds.Contains(c.TaxId))
                        || (c.NormalizedPhone != null && phones.Contains(c.NormalizedPhone))
                        || (c.NormalizedEmail != null && emails.Contains(c.NormalizedEmail)))
            .Select(c => new Keys(c.TaxId, c.Kpp, c.NormalizedPhone, c.NormalizedEmail))
            .ToListAsync(cancellationToken);
        foreach (var match in matches)
            known.Add(match);
        return known;
    }

    private sealed class KnownKeys
    {
        private readonly HashSet<string> _taxIds = [];
        private readonly HashSet<string> _phones = [];
        private readonly HashSet<string> _emails = [];

        public HashSet<(string, string?)> TaxIdKpp { get; } = [];

        public void Add(Keys keys)
        {
            if (keys.TaxId is not null)
            {
                _taxIds.Add(keys.TaxId);
                TaxIdKpp.Add((keys.TaxId, keys.Kpp));
            }

            if (keys.Phone is not null)
                _phones.Add(keys.Phone);
            if (keys.Email is not null)
                _emails.Add(keys.Email);
        }

        public bool Repeats(Keys keys) =>
            (keys.TaxId is not null && _taxIds.Contains(keys.TaxId))
            || (keys.Phone is not null && _phones.Contains(keys.Phone))
            || (keys.Email is not null && _emails.Contains(keys.Email));
    }
}
