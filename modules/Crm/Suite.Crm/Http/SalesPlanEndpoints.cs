using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.SalesPlans;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

/// <summary>Sales plans and what they are measured against: read with the reports, managed by <see cref="CrmPermissions.SalesPlans.Manage"/>.</summary>
internal static class SalesPlanEndpoints
{
    public static void MapSalesPlans(this IEndpointRouteBuilder endpoints)
    {
        var plans = endpoints.MapGroup("/api/crm/sales-plans").WithTags("Crm").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        plans.MapGet("/settings", (SalesPlanSettingsService service, CancellationToken ct) => service.GetAsync(ct))
            .RequirePermission(CrmPermissions.Reports.Default)
            .WithName("GetSalesPlanSettings");
        plans.MapPut("/settings", (SalesPlanSettingsService service, SalesPlanSettingsInput input, CancellationToken ct) =>
                service.UpdateAsync(input, ct))
            .RequirePermission(CrmPermissions.SalesPlans.Manage)
            .WithName("UpdateSalesPlanSettings")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        plans.MapGet("", (SalesPlanService service, [AsParameters] SalesPlanListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(CrmPermissions.Reports.Default)
            .WithName("GetSalesPlans")
            .ProducesValidationProblem();

        plans.MapGet("/{id:guid}", (SalesPlanService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(CrmPermissions.Reports.Default)
            .WithName("GetSalesPlan")
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapPost("", async Task<Created<SalesPlanDto>> (SalesPlanService service, SalesPlanInput input, CancellationToken ct) =>
            {
                var plan = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/sales-plans/{plan.Id}", plan);
            })
            .RequirePermission(CrmPermissions.SalesPlans.Manage)
            .WithName("CreateSalesPlan")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        plans.MapPut("/{id:guid}", (SalesPlanService service, Guid id, SalesPlanInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(CrmPermissions.SalesPlans.Manage)
            .WithName("UpdateSalesPlan")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        plans.MapDelete("/{id:guid}", async Task<NoContent> (SalesPlanService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CrmPermissions.SalesPlans.Manage)
            .WithName("DeleteSalesPlan")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
