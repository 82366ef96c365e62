using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Companies;
using Suite.Framework.Errors;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class CompanyEndpoints
{
    public static void MapCompanies(this IEndpointRouteBuilder endpoints)
    {
        var companies = endpoints.MapGroup("/api/crm/companies").WithTags("Crm").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        companies.MapGet("", (CompanyService service, [AsParameters] CompanyListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(CrmPermissions.Companies.Default)
            .WithName("GetCompanies")
            .ProducesValidationProblem();

        companies.MapGet("/{id:guid}", (CompanyService service, Guid id, CancellationToken ct) =>
                service.GetAsync(id, ct))
            .RequirePermission(CrmPermissions.Companies.Default)
            .WithName("GetCompany")
            .ProducesProblem(StatusCodes.Status404NotFound);

        companies.MapPost("", async Task<Created<CompanyDto>> (CompanyService service, CompanyInput input, CancellationToken ct) =>
            {
                var company = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/companies/{company.Id}", company);
            })
            .RequirePermission(CrmPermissions.Companies.Create)
            .WithName("CreateCompany")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        companies.MapPut("/{id:guid}", (CompanyService service, Guid id, CompanyInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Companies.Edit)
            .WithName("UpdateCompany")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        companies.MapPost("/{id:guid}/merge", (CompanyService service, Guid id, CompanyMergeInput input, CancellationToken ct) =>
                service.MergeAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Companies.Edit)
            .WithName("MergeCompany")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        companies.MapDelete("/{id:guid}", async Task<NoContent> (CompanyService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CrmPermissions.Companies.Delete)
            .WithName("DeleteCompany")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
