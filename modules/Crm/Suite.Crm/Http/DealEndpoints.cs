using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Deals;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class DealEndpoints
{
    public static void MapDeals(this IEndpointRouteBuilder endpoints)
    {
        var deals = endpoints.MapGroup("/api/crm/deals").WithTags("Crm").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        deals.MapGet("", (DealService service, [AsParameters] DealListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(CrmPermissions.Deals.Default)
            .WithName("GetDeals")
            .ProducesValidationProblem();

        // Recounts the board's, funnel's and ranking's counters from the deals (after a restore or a bulk load
        // that bypassed the application) and reports how many rows were wrong.
        deals.MapPost("/counters/rebuild", (DealCounterService service, CancellationToken ct) => service.RebuildAsync(ct))
            .RequirePermission(CrmPermissions.Pipelines.Manage)
            .WithName("RebuildDealCounters");

        deals.MapGet("/{id:guid}", (DealService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(CrmPermissions.Deals.Default)
            .WithName("GetDeal")
            .ProducesProblem(StatusCodes.Status404NotFound);

        deals.MapPost("", async Task<Created<DealDto>> (DealService service, DealInput input, CancellationToken ct) =>
            {
                var deal = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/deals/{deal.Id}", deal);
            })
            .RequirePermission(CrmPermissions.Deals.Create)
            .WithName("CreateDeal")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        deals.MapPut("/{id:guid}", (DealService service, Guid id, DealInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Deals.Edit)
            .WithName("UpdateDeal")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        deals.MapDelete("/{id:guid}", async Task<NoContent> (DealService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CrmPermissions.Deals.Delete)
            .WithName("DeleteDeal")
            .ProducesProblem(StatusCodes.Status404NotFound);

        deals.MapPost("/{id:guid}/move", (DealService service, Guid id, MoveDealInput input, CancellationToken ct) =>
                service.MoveAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Deals.Edit)
            .WithName("MoveDeal")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        deals.MapPost("/{id:guid}/win", (DealService service, Guid id, CancellationToken ct) => service.WinAsync(id, ct))
            .RequirePermission(CrmPermissions.Deals.Edit)
            .WithName("WinDeal")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        deals.MapPost("/{id:guid}/lose", (DealService service, Guid id, LoseDealInput input, CancellationToken ct) =>
                service.LoseAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Deals.Edit)
            .WithName("LoseDeal")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        deals.MapPost("/{id:guid}/reopen", (DealService service, Guid id, CancellationToken ct) => service.ReopenAsync(id, ct))
            .RequirePermission(CrmPermissions.Deals.Edit)
            .WithName("ReopenDeal")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
