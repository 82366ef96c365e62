using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;
using Suite.Stock.Application.Reservations;

namespace Suite.Stock.Http;

internal static class ReservationEndpoints
{
    public static void MapReservations(this IEndpointRouteBuilder endpoints)
    {
        var reservations = endpoints.MapGroup("/api/stock/reservations").WithTags("Stock").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        reservations.MapGet("", (ReservationService service, [AsParameters] ReservationListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(StockPermissions.Reservations.Default)
            .WithName("GetStockReservations")
            .ProducesValidationProblem();

        reservations.MapGet("/{id:guid}", (ReservationService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(StockPermissions.Reservations.Default)
            .WithName("GetStockReservation")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reservations.MapPost("", async Task<Created<ReservationDto>> (ReservationService service, ReservationInput input, CancellationToken ct) =>
            {
                var reservation = await service.ReserveAsync(input, ct);
                return TypedResults.Created($"/api/stock/reservations/{reservation.Id}", reservation);
            })
            .RequirePermission(StockPermissions.Reservations.Manage)
            .WithName("CreateStockReservation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        reservations.MapPost("/{id:guid}/release", async Task<Results<Ok<ReservationDto>, NoContent>> (
                ReservationService service, Guid id, ReleaseInput input, CancellationToken ct) =>
            {
                var left = await service.ReleaseAsync(id, input.Quantity, ct);
                return left is null ? TypedResults.NoContent() : TypedResults.Ok(left);
            })
            .RequirePermission(StockPermissions.Reservations.Manage)
            .WithName("ReleaseStockReservation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        reservations.MapDelete("/{id:guid}", async Task<NoContent> (ReservationService service, Guid id, CancellationToken ct) =>
            {
                await service.ReleaseAsync(id, null, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(StockPermissions.Reservations.Manage)
            .WithName("DeleteStockReservation")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
