using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Stock.Domain.Documents;

/// <summary>
/// A receipt, shipment, transfer, write-off or count. Edited as a draft; posting writes its stock moves all at
/// once, and afterwards it is only ever cancelled by a counter-document, never changed or deleted.
/// </summary>
public sealed class StockDocument : AuditedEntity
{
    public const string NotDraft = "Stock.Document.NotDraft";
    public const string NotPosted = "Stock.Document.NotPosted";

    private StockDocument() => Number = null!;

    public StockDocument(DocumentKind kind, string number, DocumentHeader header, IEnumerable<DocumentLineInput> lines)
    {
        Kind = kind;
        Number = number;
        Status = DocumentStatus.Draft;
        Apply(header, lines);
    }

    /// <summary>A document created and posted in one call: numbered by <see cref="TakeNumber"/> as its posting ends.</summary>
    public static StockDocument Unnumbered(DocumentKind kind, DocumentHeader header, IEnumerable<DocumentLineInput> lines) =>
        new(kind, "", header, lines);

    public DocumentKind Kind { get; private set; }

    /// <summary>Numbered per kind without gaps, e.g. "ПР-000012" for a receipt.</summary>
    public string Number { get; private set; }
    public DocumentStatus Status { get; private set; }
    public DateOnly Date { get; private set; }
    public Guid WarehouseId { get; private set; }

    /// <summary>The warehouse a transfer goes to.</summary>
    public Guid? TargetWarehouseId { get; private set; }

    /// <summary>The supplier of a receipt or the client of a shipment (a Crm company).</summary>
    public Guid? CompanyId { get; private set; }
    public Guid? DealId { get; private set; }
    public Guid? InvoiceId { get; private set; }

    /// <summary>Why goods were written off.</summary>
    public string? Reason { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset? PostedAt { get; private set; }

    /// <summary>On a counter-document: the posted document it reverses.</summary>
    public Guid? ReversalOfId { get; private set; }

    /// <summary>On a cancelled document: the counter-document that reversed it.</summary>
    public Guid? ReversedById { get; private set; }
    public List<StockDocumentLine> Lines { get; private set; } = [];

    /// <summary>The total cost of the goods the posting moved (for a count, of the differences).</summary>
    public decimal TotalCost { get; private set; }

    public void Update(DocumentHeader header, IEnumerable<DocumentLineInput> lines)
    {
        EnsureDraft();
        Apply(header, lines);
    }

    public void EnsureDraft()
    {
        if (Status != DocumentStatus.Draft)
            throw new BusinessRuleException(NotDraft, Text.Pick(
                $"Документ {Number} уже проведён; его можно только отменить.", $"Document {Number} is already posted; it can only be cancelled."));
    }

    public void TakeNumber(string number)
    {
        if (Number.Length > 0)
            throw new InvalidOperationException($"Document {Number} is numbered already.");
        Number = number;
    }

    public void MarkPosted(DateTimeOffset at)
    {
        EnsureDraft();
        Status = DocumentStatus.Posted;
        PostedAt = at;
        TotalCost = Lines.Sum(l => l.Cost ?? 0m);
    }

    /// <summary>Builds the counter-document that reverses this one, dated <paramref name="date"/>; it is posted straight away.</summary>
    public StockDocument Reverse(string number, DateOnly date)
    {
        if (Status != DocumentStatus.Posted || ReversalOfId is not null)
            throw new BusinessRuleException(NotPosted, Text.Pick(
                $"Отменить можно только проведённый документ, а {Number} — нет.", $"Only a posted document can be cancelled, and {Number} is not."));
        var reversal = new StockDocument
        {
            Kind = Kind,
            Number = number,
            Status = DocumentStatus.Draft,
            Date = date,
            WarehouseId = WarehouseId,
            TargetWarehouseId = TargetWarehouseId,
            CompanyId = CompanyId,
            DealId = DealId,
            InvoiceId = InvoiceId,
            Reason = Reason,
            Comment = Text.Pick($"Отмена документа {Number}", $"Cancels document {Number}"),
            ReversalOfId = Id,
        };
        reversal.Lines = Lines.Select((l, i) => new StockDocumentLine(reversal.Id, i + 1, l.ProductId, l.Quantity, l.UnitCost)).ToList();
        Status = DocumentStatus.Cancelled;
        ReversedById = reversal.Id;
        return reversal;
    }

    private void Apply(DocumentHeader header, IEnumerable<DocumentLineInput> lines)
    {
        Date = header.Date;
        WarehouseId = header.WarehouseId;
        TargetWarehouseId = Kind == DocumentKind.Transfer ? header.TargetWarehouseId : null;
        CompanyId = header.CompanyId;
        DealId = header.DealId;
        InvoiceId = header.InvoiceId;
        Reason = header.Reason;
        Comment = header.Comment;
        Lines = lines.Select((l, i) => new StockDocumentLine(Id, i + 1, l.ProductId, l.Quantity, l.UnitCost)).ToList();
    }
}

public sealed record DocumentHeader(
    DateOnly Date, Guid WarehouseId, Guid? TargetWarehouseId, Guid? CompanyId, Guid? DealId, Guid? InvoiceId, string? Reason, string? Comment);

public sealed record DocumentLineInput(Guid ProductId, decimal Quantity, decimal? UnitCost);
