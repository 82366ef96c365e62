using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Finance.Application.Payments;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Finance.Http;

/// <summary>Payments, their allocation to invoices and cancellation, and transfers between our accounts.</summary>
internal static class PaymentEndpoints
{
    public static void MapPayments(this IEndpointRouteBuilder endpoints)
    {
        var finance = endpoints.MapGroup("/api/finance").WithTags("Finance").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        var payments = finance.MapGroup("/payments");

        payments.MapGet("", (PaymentService service, [AsParameters] PaymentListRequest request, CancellationToken ct) => service.ListAsync(request, ct))
            .RequirePermission(FinancePermissions.Payments.Default)
            .WithName("GetPayments")
            .ProducesValidationProblem();
        payments.MapGet("/{id:guid}", (PaymentService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(FinancePermissions.Payments.Default)
            .WithName("GetPayment")
            .ProducesProblem(StatusCodes.Status404NotFound);
        payments.MapPost("", async Task<Created<PaymentDto>> (PaymentService service, PaymentInput input, CancellationToken ct) =>
            {
                var payment = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/finance/payments/{payment.Id}", payment);
            })
            .RequirePermission(FinancePermissions.Payments.Edit)
            .WithName("CreatePayment")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        payments.MapPost("/{id:guid}/allocate", (PaymentService service, Guid id, AllocateInput input, CancellationToken ct) =>
                service.AllocateAsync(id, input, ct))
            .RequirePermission(FinancePermissions.Payments.Edit)
            .WithName("AllocatePayment")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        payments.MapPost("/{id:guid}/cancel", (PaymentService service, Guid id, CancellationToken ct) => service.CancelAsync(id, ct))
            .RequirePermission(FinancePermissions.Payments.Edit)
            .WithName("CancelPayment")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var transfers = finance.MapGroup("/transfers");
        transfers.MapGet("", (TransferService service, [AsParameters] TransferListRequest request, CancellationToken ct) => service.ListAsync(request, ct))
            .RequirePermission(FinancePermissions.Payments.Default)
            .WithName("GetTransfers")
            .ProducesValidationProblem();
        transfers.MapGet("/{id:guid}", (TransferService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(FinancePermissions.Payments.Default)
            .WithName("GetTransfer")
            .ProducesProblem(StatusCodes.Status404NotFound);
        transfers.MapPost("", async Task<Created<TransferDto>> (TransferService service, TransferInput input, CancellationToken ct) =>
            {
                var transfer = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/finance/transfers/{transfer.Id}", transfer);
            })
            .RequirePermission(FinancePermissions.Payments.Edit)
            .WithName("CreateTransfer")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
