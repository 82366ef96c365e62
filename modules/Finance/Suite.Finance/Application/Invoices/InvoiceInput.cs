using Microsoft.AspNetCore.Mvc;
using Suite.Finance.Domain.Invoices;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;

namespace Suite.Finance.Application.Invoices;

/// <summary>A draft as the editor sends it. Missing dates: issue today, due after the payment terms.</summary>
internal sealed class InvoiceInput
{
    public Guid? CompanyId { get; set; }
    public Guid? DealId { get; set; }
    public DateOnly? IssueDate { get; set; }
    public DateOnly? DueDate { get; set; }

    /// <summary>Only roubles for now; kept in the shape so other currencies can come without breaking it.</summary>
    public string? Currency { get; set; }

    /// <summary>False (the default): prices are net and VAT is added per line.</summary>
    public bool? PricesIncludeVat { get; set; }

    public string? Comment { get; set; }
    public List<InvoiceLineInput>? Lines { get; set; }
    public string? ConcurrencyStamp { get; set; }

    /// <summary>
    /// On create only: true issues the new invoice in the same request and transaction (numbered, posted, published), as
    /// <c>POST /{id}/issue</c> would; refused input saves nothing and takes no number. Missing or false: a draft.
    /// </summary>
    public bool? Issue { get; set; }
}

internal sealed class InvoiceLineInput
{
    public Guid? ProductId { get; set; }
    public string? Description { get; set; }

    /// <summary>Missing: the product's unit, else "шт".</summary>
    public string? Unit { get; set; }

    public decimal Quantity { get; set; }
    public decimal UnitPrice { get; set; }

    /// <summary>Percent (22, 10, 7, 5, 0); null means "без НДС".</summary>
    public decimal? VatRate { get; set; }
}

internal sealed class InvoiceListRequest : PageRequest
{
    /// <summary>draft, issued, partiallyPaid, paid or cancelled.</summary>
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "companyId")] public Guid? CompanyId { get; set; }
    [FromQuery(Name = "dealId")] public Guid? DealId { get; set; }

    /// <summary>Only invoices still unpaid after their due date.</summary>
    [FromQuery(Name = "overdue")] public bool? Overdue { get; set; }

    /// <summary>Issue dates from and to, both inclusive.</summary>
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }

    [FromQuery(Name = "to")] public DateOnly? To { get; set; }

    public InvoiceStatus? StatusFilter() =>
        string.IsNullOrWhiteSpace(Status) ? null
        : !char.IsDigit(Status.Trim()[0]) && Enum.TryParse<InvoiceStatus>(Status.Trim(), ignoreCase: true, out var parsed) ? parsed
        : throw InputValidationException.For("status", Text.Pick(
            $"Неизвестный статус «{Status}»; допустимы: {Names}.", $"Unknown status \"{Status}\"; use one of {Names}."));

    private static string Names =>
        string.Join(", ", Enum.GetNames<InvoiceStatus>().Select(n => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(n)));
}

/// <summary>The picker query of Finance's deal and product copies.</summary>
internal sealed class PickerRequest : PageRequest
{
    [FromQuery(Name = "companyId")] public Guid? CompanyId { get; set; }
}
