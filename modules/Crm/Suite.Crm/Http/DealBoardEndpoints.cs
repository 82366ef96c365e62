using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Companies;
using Suite.Crm.Application.Contacts;
using Suite.Crm.Application.Deals;
using Suite.Framework.Exports;
using Suite.Crm.Application.Leads;
using Suite.Framework.Errors;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

/// <summary>The kanban board and the list exports (companies, contacts, leads, deals).</summary>
internal static class DealBoardEndpoints
{
    public static void MapDealBoard(this IEndpointRouteBuilder endpoints)
    {
        var crm = endpoints.MapGroup("/api/crm").WithTags("Crm").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        crm.MapGet("/deals/board", (DealBoardService service, [AsParameters] DealBoardRequest request, CancellationToken ct) =>
                service.GetAsync(request, ct))
            .RequirePermission(CrmPermissions.Deals.Default)
            .WithName("GetDealBoard")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        crm.MapGet("/contacts/export", async Task<FileContentHttpResult> (ContactExport export, [AsParameters] ContactListRequest request,
                    [FromQuery(Name = "format")] string? format, CancellationToken ct) =>
                (await export.ExportAsync(request, format, ct)).ToDownload())
            .RequirePermission(CrmPermissions.Contacts.Default)
            .WithName("ExportContacts")
            .Produces(StatusCodes.Status200OK, contentType: ListExport.XlsxContentType, additionalContentTypes: ListExport.CsvContentType)
            .ProducesValidationProblem();

        crm.MapGet("/leads/export", async Task<FileContentHttpResult> (LeadExport export, [AsParameters] LeadListRequest request,
                    [FromQuery(Name = "format")] string? format, CancellationToken ct) =>
                (await export.ExportAsync(request, format, ct)).ToDownload())
            .RequirePermission(CrmPermissions.Leads.Default)
            .WithName("ExportLeads")
            .Produces(StatusCodes.Status200OK, contentType: ListExport.XlsxContentType, additionalContentTypes: ListExport.CsvContentType)
            .ProducesValidationProblem();

        crm.MapGet("/deals/export", async Task<FileContentHttpResult> (DealExport export, [AsParameters] DealListRequest request,
                    [FromQuery(Name = "format")] string? format, CancellationToken ct) =>
                (await export.ExportAsync(request, format, ct)).ToDownload())
            .RequirePermission(CrmPermissions.Deals.Default)
            .WithName("ExportDeals")
            .Produces(StatusCodes.Status200OK, contentType: ListExport.XlsxContentType, additionalContentTypes: ListExport.CsvContentType)
            .ProducesValidationProblem();

        crm.MapGet("/companies/export", async Task<FileContentHttpResult> (CompanyExport export, [AsParameters] CompanyListRequest request,
                    [FromQuery(Name = "format")] string? format, CancellationToken ct) =>
                (await export.ExportAsync(request, format, ct)).ToDownload())
            .RequirePermission(CrmPermissions.Companies.Default)
            .WithName("ExportCompanies")
            .Produces(StatusCodes.Status200OK, contentType: ListExport.XlsxContentType, additionalContentTypes: ListExport.CsvContentType)
            .ProducesValidationProblem();
    }

}
