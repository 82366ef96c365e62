using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.CustomFields;
using Suite.Crm.Data;
using Suite.Crm.Domain.Imports;
using Suite.Framework.Domain;
using Suite.Framework.Imports;
using Suite.Framework.Localization;
using Suite.Framework.Permissions;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Imports;

/// <summary>Upload → preview → mapping → run in the background; each user sees only their own imports.</summary>
internal sealed class ImportService(
    CrmDbContext db, ICurrentUser user, CustomFieldValues customFields, ImportQueue queue, IHttpContextAccessor http, TimeProvider clock)
{
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The multipart form around the file (boundaries, headers, the target field).</summary>
    public const long FormOverheadBytes = 1024 * 1024;
    private const int PreviewRows = 10;

    public async Task<ImportPreviewDto> UploadAsync(string? target, IFormFile? file, CancellationToken cancellationToken)
    {
        var importTarget = ParseTarget(target);
        RequireCreate(importTarget);
        if (file is null || file.Length == 0)
            throw InputValidationException.For("file", Text.Pick("Выберите файл CSV или XLSX.", "Choose a CSV or XLSX file."));
        if (file.Length > MaxFileBytes)
            throw InputValidationException.For("file", Text.Pick("Файл больше 50 МБ.", "The file is larger than 50 MB."));

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        ImportTable table;
        List<string[]> preview;
        int total;
        try
        {
            table = ImportTable.Read(file.FileName, content);
            preview = table.Rows.Take(PreviewRows).ToList();
            total = table.Rows.Count();
        }
        catch (FormatException)
        {
            throw InputValidationException.For("file", Text.Pick("Файл не читается как CSV или XLSX.", "The file cannot be read as CSV or XLSX."));
        }

        if (table.Headers.Count == 0)
            throw InputValidationException.For("file", Text.Pick("В первой строке файла нет названий столбцов.", "The first row of the file has no column names."));

        var job = new ImportJob(importTarget, Path.GetFileName(file.FileName), content, total, user.Id!.Value, clock.GetUtcNow());
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);

        var definitions = await customFields.DefinitionsAsync(ImportFields.Entity(importTarget), cancellationToken);
        return new ImportPreviewDto(job.Id, importTarget, job.FileName, table.Headers, preview, total,
            ImportFields.Suggest(importTarget, table.Headers, definitions), ImportFields.Describe(importTarget, definitions));
    }

    public async Task<ImportJobDto> StartAsync(Guid id, ImportRunInput input, CancellationToken cancellationToken)
    {
        var job = await FindAsync(id, cancellationToken);
        RequireCreate(job.Target);
        job.EnsureNotStarted();
        var duplicates = input.Duplicates?.Trim().ToLowerInvariant() switch
        {
            "skip" or null or "" => DuplicateHandling.Skip,
            "update" => DuplicateHandling.Update,
            "create" => DuplicateHandling.Create,
            _ => throw InputValidationException.For("duplicates", Text.Pick("Укажите skip, update или create.", "Use skip, update or create.")),
        };
        if (duplicates == DuplicateHandling.Update)
            RequireEdit(job.Target);

        var headers = job.Content is null ? [] : ImportTable.Read(job.FileName, job.Content).Headers;
        var mapping = await CheckMappingAsync(job.Target, headers, input.Mapping ?? [], cancellationToken);
        var permissions = http.HttpContext?.User.FindAll(PermissionClaim.Type).Select(c => c.Value) ?? [];
        job.Start(mapping, duplicates, permissions);
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(new ImportRequest(job.Id, Thread.CurrentThread.CurrentUICulture.Name));
        return ImportJobDto.From(job);
    }

    public async Task<ImportJobDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        ImportJobDto.From(await FindAsync(id, cancellationToken));

    private async Task<Dictionary<string, string>> CheckMappingAsync(
        ImportTarget target, IReadOnlyList<string> headers, Dictionary<string, string> requested, CancellationToken cancellationToken)
    {
        var definitions = await customFields.DefinitionsAsync(ImportFields.Entity(target), cancellationToken);
        var fields = ImportFields.Describe(target, definitions).Select(f => f.Key).ToHashSet();
        var mapping = requested.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value.Trim());
        var errors = new List<string>();
        foreach (var (column, field) in mapping)
        {
            if (!headers.Contains(column))
                errors.Add(Text.Pick($"В файле нет столбца «{column}».", $"The file has no column '{column}'."));
            if (!fields.Contains(field))
                errors.Add(Text.Pick($"Поля «{field}» нет.", $"There is no field '{field}'."));
        }

        foreach (var twice in mapping.GroupBy(p => p.Value).Where(g => g.Count() > 1))
            errors.Add(Text.Pick($"Поле «{twice.Key}» выбрано для нескольких столбцов.", $"The field '{twice.Key}' is chosen for several columns."));
        var required = ImportFields.RequiredField(target);
        if (!mapping.ContainsValue(required))
            errors.Add(Text.Pick($"Выберите столбец для поля «{required}».", $"Choose the column for '{required}'."));
        if (errors.Count > 0)
            throw new InputValidationException(new Dictionary<string, string[]> { ["mapping"] = errors.ToArray() });
        return mapping;
    }

    private async Task<ImportJob> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == id && j.UserId == user.Id, cancellationToken)
        ?? throw new EntityNotFoundException("Import", id);

    private static ImportTarget ParseTarget(string? target) => target?.Trim().ToLowerInvariant() switch
    {
        "company" => ImportTarget.Company,
        "contact" => ImportTarget.Contact,
        _ => throw InputValidationException.For("target", Text.Pick("Укажите company или contact.", "Use company or contact.")),
    };

    private void RequireCreate(ImportTarget target)
    {
        var permission = target == ImportTarget.Company ? CrmPermissions.Companies.Create : CrmPermissions.Contacts.Create;
        if (!user.HasPermission(permission))
            throw new AccessDeniedException(Text.Pick("Нет права создавать такие карточки.", "You may not create these cards."));
    }

    private void RequireEdit(ImportTarget target)
    {
        var permission = target == ImportTarget.Company ? CrmPermissions.Companies.Edit : CrmPermissions.Contacts.Edit;
        if (!user.HasPermission(permission))
            throw new AccessDeniedException(Text.Pick("Нет права изменять такие карточки.", "You may not edit these cards."));
    }
}
