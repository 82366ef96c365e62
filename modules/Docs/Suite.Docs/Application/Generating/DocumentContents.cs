using Suite.Docs.Application.Cards;
using Suite.Docs.Domain.Cards;
using Suite.Docs.Domain.Templates;
using Suite.Docs.EventHandlers;
using Suite.Finance.Events;
using Suite.Framework.Time;

namespace Suite.Docs.Application.Generating;

/// <summary>Gathers what a template needs from a card now, before the document is numbered.</summary>
internal sealed class DocumentContents(CardDirectory cards, CardModels models, BusinessClock clock)
{
    public async Task<DocumentContent> GatherAsync(Template template, string body, Card card, Guid? userId, string number,
        CancellationToken ct)
    {
        var model = await models.BuildAsync(card, userId, ct);
        var organisation = (await cards.OrganisationAsync(ct))?.Read<OrganisationUpdatedEto>();
        var invoice = card.EntityType == CardTypes.Invoice ? card.Read<InvoiceIssuedEto>() : null;
        var shipment = card.EntityType == CardTypes.Shipment ? await ShipmentAsync(card.Read<ShipmentData>(), ct) : null;
        // An invoice's documents carry the invoice's own number; the others get theirs from the series when saved.
        var ownNumber = template.Kind == TemplateKinds.Invoice ? invoice?.Number : null;
        return new DocumentContent(template.Kind, template.Format, body, template.FileId, ownNumber ?? number, clock.Today, model,
            invoice, organisation, shipment);
    }

    /// <summary>Shipped goods are priced as the deal sold them, else at the product's sale price.</summary>
    private async Task<ShipmentSource> ShipmentAsync(ShipmentData shipment, CancellationToken ct)
    {
        var deal = (await cards.FindAsync(CardTypes.Deal, shipment.DealId, ct))?.Read<DealData>();
        var products = new Dictionary<Guid, ProductData>();
        foreach (var productId in shipment.Lines.Select(l => l.ProductId).Distinct())
            if (await cards.FindAsync(CardTypes.Product, productId, ct) is { } product)
                products[productId] = product.Read<ProductData>();
        var lines = shipment.Lines.Select(l =>
        {
            var product = products.GetValueOrDefault(l.ProductId);
            var price = deal?.Lines.FirstOrDefault(d => d.ProductId == l.ProductId)?.UnitPrice ?? product?.SalePrice ?? 0m;
            return new ShipmentSourceLine(l.Sku, l.Name, product?.Unit ?? CardModels.DefaultUnit, l.Quantity, price, product?.VatRate);
        }).ToList();
        return new ShipmentSource(shipment.Number, shipment.Date, lines);
    }
}
