using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Events;
using Suite.Framework.Exports;
using Suite.Framework.Permissions;

namespace Suite.Host.Operations;

internal static class OperationsEndpoints
{
    public static void MapOperations(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin").WithTags("Operations")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        admin.MapGet("/system", (SystemStatus status, CancellationToken ct) => status.ReadAsync(ct))
            .RequirePermission(OperationsPermissions.System)
            .WithName("GetSystemStatus");

        admin.MapGet("/parked-events", (ParkedEvents parked, [FromQuery(Name = "module")] string? module, CancellationToken ct) =>
                parked.ListAsync(module, ct))
            .RequirePermission(OperationsPermissions.System)
            .WithName("ListParkedEvents");

        admin.MapPost("/parked-events/{module}/{id:guid}/replay", async (ParkedEvents parked, string module, Guid id, CancellationToken ct) =>
            {
                await parked.ReplayAsync(module, id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(OperationsPermissions.System)
            .WithName("ReplayParkedEvent")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPost("/parked-events/{module}/{id:guid}/discard", async (ParkedEvents parked, string module, Guid id, CancellationToken ct) =>
            {
                await parked.DiscardAsync(module, id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(OperationsPermissions.System)
            .WithName("DiscardParkedEvent")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapGet("/audit", (AuditLog log, [AsParameters] AuditLogRequest request, CancellationToken ct) => log.ListAsync(request, ct))
            .RequirePermission(OperationsPermissions.Audit)
            .WithName("ListAuditEntries")
            .ProducesValidationProblem();

        admin.MapGet("/audit/export", async Task<FileContentHttpResult> (AuditLog log, [AsParameters] AuditLogRequest request,
                    [FromQuery(Name = "format")] string? format, CancellationToken ct) =>
                (await log.ExportAsync(request, ListExport.ParseFormat(format), ct)).ToDownload())
            .RequirePermission(OperationsPermissions.Audit)
            .WithName("ExportAuditEntries")
            .Produces(StatusCodes.Status200OK, contentType: ListExport.XlsxContentType, additionalContentTypes: ListExport.CsvContentType)
            .ProducesValidationProblem();

        admin.MapGet("/personal-data/contacts/{id:guid}", async Task<FileContentHttpResult> (PersonalDataExport export, Guid id, CancellationToken ct) =>
                await export.ExportContactAsync(id, ct))
            .RequirePermission(OperationsPermissions.PersonalData)
            .WithName("ExportContactPersonalData")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
