using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Finance.Application.Deals;
using Suite.Finance.Application.Invoices;
using Suite.Finance.Application.Products;
using Suite.Framework.Errors;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Finance.Http;

internal static class InvoiceEndpoints
{
    public static void MapInvoices(this IEndpointRouteBuilder endpoints)
    {
        var finance = endpoints.MapGroup("/api/finance").WithTags("Finance").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        finance.MapGet("/deals", (DealService service, [AsParameters] PickerRequest request, CancellationToken ct) => service.ListAsync(request, ct))
            .RequirePermission(FinancePermissions.Invoices.Default)
            .WithName("GetFinanceDeals")
            .ProducesValidationProblem();
        finance.MapGet("/products", (ProductService service, [AsParameters] PageRequest request, CancellationToken ct) => service.ListAsync(request, ct))
            .RequirePermission(FinancePermissions.Invoices.Default)
            .WithName("GetFinanceProducts")
            .ProducesValidationProblem();

        var invoices = finance.MapGroup("/invoices");
        invoices.MapGet("", (InvoiceService service, [AsParameters] InvoiceListRequest request, CancellationToken ct) => service.ListAsync(request, ct))
            .RequirePermission(FinancePermissions.Invoices.Default)
            .WithName("GetInvoices")
            .ProducesValidationProblem();
        invoices.MapGet("/{id:guid}", (InvoiceService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(FinancePermissions.Invoices.Default)
            .WithName("GetInvoice")
            .ProducesProblem(StatusCodes.Status404NotFound);
        invoices.MapPost("", async Task<Created<InvoiceDto>> (InvoiceService service, InvoiceInput input, CancellationToken ct) =>
            {
                var invoice = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/finance/invoices/{invoice.Id}", invoice);
            })
            .RequirePermission(FinancePermissions.Invoices.Edit)
            .WithName("CreateInvoice")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        invoices.MapPut("/{id:guid}", (InvoiceService service, Guid id, InvoiceInput input, CancellationToken ct) => service.UpdateAsync(id, input, ct))
            .RequirePermission(FinancePermissions.Invoices.Edit)
            .WithName("UpdateInvoice")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        invoices.MapDelete("/{id:guid}", async Task<NoContent> (InvoiceService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(FinancePermissions.Invoices.Edit)
            .WithName("DeleteInvoice")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        invoices.MapPost("/from-deal/{dealId:guid}", async Task<Created<InvoiceDto>> (InvoiceService service, Guid dealId, CancellationToken ct) =>
            {
                var invoice = await service.FromDealAsync(dealId, ct);
                return TypedResults.Created($"/api/finance/invoices/{invoice.Id}", invoice);
            })
            .RequirePermission(FinancePermissions.Invoices.Edit)
            .WithName("CreateInvoiceFromDeal")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        invoices.MapPost("/{id:guid}/issue", (InvoiceService service, Guid id, CancellationToken ct) => service.IssueAsync(id, ct))
            .RequirePermission(FinancePermissions.Invoices.Edit)
            .WithName("IssueInvoice")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        invoices.MapPost("/{id:guid}/cancel", (InvoiceService service, Guid id, CancellationToken ct) => service.CancelAsync(id, ct))
            .RequirePermission(FinancePermissions.Invoices.Edit)
            .WithName("CancelInvoice")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
