using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.Deals;
using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Crm.Domain.Pipelines;
using Suite.Crm.Events;
using Suite.Framework.Hosting;
using Suite.Framework.Time;

namespace Suite.Crm.DemoData;

/// <summary>A dozen deals over the demo companies, spread over the default pipeline, so the board is not empty.</summary>
internal static class CrmDemoDeals
{
    private sealed record DemoDeal(string Title, string Company, DemoUser Owner, string Stage, decimal Quantity, decimal UnitPrice,
        string Product, int CloseInDays, string? Source = null, string? LossReason = null);

    private static readonly DemoDeal[] Deals =
    [
        new("Остекление офиса", "ООО «Светлые окна»", DemoUsers.Anna, "Первый звонок", 12, 18_500m, "Окно ПВХ 1300×1400", 30, "Сайт"),
        new("Окна в загородный дом", "ООО «СтройДом»", DemoUsers.Anna, "Замер", 8, 24_900m, "Окно ПВХ с раскладкой", 21, "Рекомендация"),
        new("Витражи для шоурума", "ООО «СтройДом»", DemoUsers.Anna, "Согласование", 3, 96_000m, "Алюминиевый витраж", 14, "Выставка"),
        new("Балконный блок", "ИП Кузнецов Андрей Петрович", DemoUsers.Anna, "Оплата", 1, 42_300m, "Балконный блок ПВХ", 7, "Звонок"),
        new("Замена окон в квартире", "ИП Кузнецов Андрей Петрович", DemoUsers.Anna, "Успешно", 4, 21_750m, "Окно ПВХ 1200×1400", -5, "Сайт"),
        new("Окна для склада", "ООО «Светлые окна»", DemoUsers.Anna, "Отказ", 20, 9_800m, "Окно ПВХ глухое", -10, "Звонок", "Дорого"),
        new("Фасадное остекление", "АО «Северный берег»", DemoUsers.Boris, "Первый звонок", 1, 1_250_000m, "Фасадная система", 60, "Выставка"),
        new("Окна в новый корпус", "АО «Северный берег»", DemoUsers.Boris, "Согласование", 46, 19_900m, "Окно ПВХ 1500×1500", 20, "Рекомендация"),
        new("Тёплое остекление лоджии", "ООО «Уютный дом»", DemoUsers.Boris, "Установка", 1, 88_400m, "Тёплое остекление", 3, "Сайт"),
        new("Москитные сетки", "ООО «Уютный дом»", DemoUsers.Boris, "Успешно", 15, 1_900m, "Москитная сетка", -3, "Звонок"),
        new("Остекление балконов ЖК", "ООО «Тёплый балкон»", DemoUsers.Boris, "Замер", 30, 37_000m, "Холодное остекление", 45, "Сайт"),
        new("Окна для дачи", "ООО «Тёплый балкон»", DemoUsers.Boris, "Отказ", 5, 15_600m, "Окно ПВХ 900×1200", -20, "Сайт", "Выбрали конкурента"),
    ];

    public static async Task SeedAsync(CrmDbContext db, BusinessClock clock, CancellationToken cancellationToken)
    {
        if (await db.Deals.AnyAsync(cancellationToken))
            return;

        var pipeline = await db.Pipelines.AsNoTracking().SingleAsync(p => p.IsDefault, cancellationToken);
        var companies = await db.Companies.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Id, cancellationToken);
        var sources = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Name, s => s.Id, cancellationToken);
        var reasons = await db.LossReasons.AsNoTracking().ToDictionaryAsync(r => r.Name, r => r.Id, cancellationToken);
        var stages = pipeline.Stages.ToDictionary(s => s.Name);
        var now = clock.UtcNow;
        var today = clock.Today;

        foreach (var d in Deals)
        {
            // The demo companies or dictionary entries may have been edited away; skip what no longer fits.
            if (!companies.TryGetValue(d.Company, out var companyId) || !stages.TryGetValue(d.Stage, out var stage))
                continue;
            var details = new DealDetails(d.Title, companyId, null, 0, "RUB", today.AddDays(d.CloseInDays),
                d.Source is not null && sources.TryGetValue(d.Source, out var sourceId) ? sourceId : null,
                [new DealLineDraft(null, d.Product, d.Quantity, d.UnitPrice)]);
            var firstOpen = pipeline.FirstOpenStage;
            var deal = new Deal(details, d.Owner.Id, stage.Kind == StageKind.Open ? stage : firstOpen, now);
            db.Deals.Add(deal);
            db.Publish(new DealCreatedEto(deal.Id, deal.Title, deal.CompanyId, deal.PipelineId, deal.StageId, "open",
                deal.Amount, deal.Currency, deal.OwnerId, deal.SourceId, null, now, DealLines.Of(deal)));

            if (stage.Kind == StageKind.Won)
            {
                var from = deal.Win(stage, now);
                db.Publish(new DealStageChangedEto(deal.Id, deal.PipelineId, from, deal.StageId, deal.OwnerId, deal.Amount, deal.Currency, null, now));
                db.Publish(new DealWonEto(deal.Id, deal.CompanyId, deal.PipelineId, deal.StageId, deal.OwnerId, deal.Amount, deal.Currency, null, now));
            }
            else if (stage.Kind == StageKind.Lost && d.LossReason is not null && reasons.TryGetValue(d.LossReason, out var reasonId))
            {
                var from = deal.Lose(stage, reasonId, null, now);
                db.Publish(new DealStageChangedEto(deal.Id, deal.PipelineId, from, deal.StageId, deal.OwnerId, deal.Amount, deal.Currency, null, now));
                db.Publish(new DealLostEto(deal.Id, deal.CompanyId, deal.PipelineId, deal.StageId, deal.OwnerId, deal.Amount, deal.Currency,
                    reasonId, null, null, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
