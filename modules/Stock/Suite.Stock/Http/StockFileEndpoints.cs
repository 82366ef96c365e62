using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Suite.Framework.Domain;
using Suite.Framework.Errors;
using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Framework.Permissions;
using Suite.Stock.Application.Balances;
using Suite.Stock.Application.Documents;
using Suite.Stock.Application.Products;

namespace Suite.Stock.Http;

/// <summary>Spreadsheets in and out: the catalog's export and import, the balances workbook, and the count workflow.</summary>
internal static class StockFileEndpoints
{
    public static void MapStockFiles(this IEndpointRouteBuilder endpoints)
    {
        var stock = endpoints.MapGroup("/api/stock").WithTags("Stock").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        stock.MapGet("/products/export", async Task<FileContentHttpResult> (ProductExport export, [AsParameters] ProductListRequest request,
                    [FromQuery(Name = "format")] string? format, CancellationToken ct) =>
                (await export.ExportAsync(request, format, ct)).ToDownload())
            .RequirePermission(StockPermissions.Products.Default)
            .WithName("ExportStockProducts")
            .Produces(StatusCodes.Status200OK, contentType: ListExport.XlsxContentType, additionalContentTypes: ListExport.CsvContentType)
            .ProducesValidationProblem();

        // The browser's own antiforgery check (X-XSRF-TOKEN) covers this form post like every other one.
        stock.MapPost("/products/import", (ProductImport import, IFormFile? file, CancellationToken ct) => import.ImportAsync(file, ct))
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .RequirePermission(StockPermissions.Products.Manage)
            .WithName("ImportStockProducts")
            .ProducesValidationProblem();

        stock.MapGet("/balances/export", async Task<FileContentHttpResult> (BalanceWorkbook workbook, [AsParameters] BalanceListRequest request,
                    [FromQuery(Name = "format")] string? format, CancellationToken ct) =>
                (await workbook.ExportAsync(request, format, ct)).ToDownload())
            .RequirePermission(StockPermissions.Balances.Default)
            .WithName("ExportStockBalances")
            .Produces(StatusCodes.Status200OK, contentType: ListExport.XlsxContentType)
            .ProducesValidationProblem();

        // The body { category } is optional: a bound body parameter would make routing refuse a POST without a content type
        // (it falls through to the API's 404), so it is read by hand; ?category= does the same for clients generated from OpenAPI.
        stock.MapPost("/documents/{id:guid}/fill-from-balances", async (InventoryCount count, Guid id,
                    [FromQuery(Name = "category")] string? category, HttpRequest request, CancellationToken ct) =>
                await count.FillFromBalancesAsync(id, await OptionalBodyAsync<CountFillInput>(request, ct) ?? new CountFillInput { Category = category }, ct))
            .RequirePermission(StockPermissions.Documents.Edit)
            .WithName("FillStockCountFromBalances")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        stock.MapGet("/documents/{id:guid}/count-sheet", async Task<FileContentHttpResult> (InventoryCount count, Guid id, CancellationToken ct) =>
                (await count.CountSheetAsync(id, ct)).ToDownload())
            .RequirePermission(StockPermissions.Documents.Default)
            .WithName("GetStockCountSheet")
            .Produces(StatusCodes.Status200OK, contentType: ListExport.XlsxContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<T?> OptionalBodyAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType() || request.ContentLength == 0)
            return null;
        try
        {
            return await request.ReadFromJsonAsync<T>(cancellationToken);
        }
        catch (JsonException)
        {
            throw InputValidationException.For("body", Text.Pick("Тело запроса — не JSON.", "The request body is not JSON."));
        }
    }
}
