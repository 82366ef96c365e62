using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Stock.Domain.Documents;

namespace Suite.Stock.Application.Documents;

/// <summary>The body of creating or updating a draft. The kind is fixed at creation.</summary>
internal sealed record DocumentInput
{
    public DocumentKind? Kind { get; init; }
    public Guid? WarehouseId { get; init; }
    public Guid? TargetWarehouseId { get; init; }

    /// <summary>Today when left out.</summary>
    public DateOnly? Date { get; init; }
    public Guid? CompanyId { get; init; }
    public Guid? DealId { get; init; }
    public Guid? InvoiceId { get; init; }
    public string? Reason { get; init; }
    public string? Comment { get; init; }
    public List<DocumentLineInputDto>? Lines { get; init; }
    public string? ConcurrencyStamp { get; init; }

    /// <summary>
    /// On creation only: post the document in the same call and transaction (needs the right to post). Refused, it
    /// saves nothing and answers as <c>POST /{id}/post</c> would. Ignored on an edit.
    /// </summary>
    public bool? Post { get; init; }
}

internal sealed record DocumentLineInputDto
{
    public Guid? ProductId { get; init; }

    /// <summary>On a count: the quantity counted.</summary>
    public decimal? Quantity { get; init; }
    public decimal? UnitCost { get; init; }
}

internal sealed class DocumentListRequest : KeysetPageRequest
{
    /// <summary>receipt, shipment, transfer, writeOff or count: spelled as the documents' JSON spells them.</summary>
    [FromQuery(Name = "kind")] public string? Kind { get; set; }

    /// <summary>draft, posted or cancelled.</summary>
    [FromQuery(Name = "status")] public string? Status { get; set; }

    /// <summary>
    /// The kind filter as an enum. Minimal APIs bind enums case-sensitively ("Shipment"), while clients send the camelCase
    /// the JSON uses ("shipment"), so the filters are bound as text and parsed here, ignoring case; numbers are refused.
    /// </summary>
    public DocumentKind? KindFilter() => Parse<DocumentKind>(Kind, "kind");

    public DocumentStatus? StatusFilter() => Parse<DocumentStatus>(Status, "status");

    private static T? Parse<T>(string? value, string field) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null
        : !char.IsDigit(value.Trim()[0]) && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) ? parsed
        : throw InputValidationException.For(field, Text.Pick(
            $"Неизвестное значение «{value}»; допустимы: {Names<T>()}.", $"Unknown value \"{value}\"; use one of {Names<T>()}."));

    private static string Names<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(n => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(n)));
    [FromQuery(Name = "warehouseId")] public Guid? WarehouseId { get; set; }
    [FromQuery(Name = "productId")] public Guid? ProductId { get; set; }
    [FromQuery(Name = "dealId")] public Guid? DealId { get; set; }
    [FromQuery(Name = "companyId")] public Guid? CompanyId { get; set; }
    [FromQuery(Name = "dateFrom")] public DateOnly? DateFrom { get; set; }
    [FromQuery(Name = "dateTo")] public DateOnly? DateTo { get; set; }
}
