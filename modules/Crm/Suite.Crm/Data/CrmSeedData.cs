using Microsoft.EntityFrameworkCore;
using Suite.Crm.Domain.Dictionaries;
using Suite.Crm.Domain.Pipelines;
using Suite.Framework.Data;

namespace Suite.Crm.Data;

/// <summary>
/// What every installation starts with: the default sales pipeline and the usual sources and loss reasons.
/// Each set is seeded only while its table is empty, so what users rename or delete stays that way.
/// </summary>
internal static class CrmSeedData
{
    private static readonly string[] SourceNames = ["Сайт", "Звонок", "Рекомендация", "Выставка"];
    private static readonly string[] LossReasonNames = ["Дорого", "Выбрали конкурента", "Не дозвонились", "Неактуально"];

    public static async Task SeedAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Sources.AnyAsync(cancellationToken))
            db.Sources.AddRange(SourceNames.Select(n => new Source(n)));
        if (!await db.LossReasons.AnyAsync(cancellationToken))
            db.LossReasons.AddRange(LossReasonNames.Select(n => new LossReason(n)));
        if (!await db.Pipelines.AnyAsync(cancellationToken))
            db.Pipelines.Add(DefaultPipeline());

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            // Another instance starting at the same moment seeded first; its rows are the same.
            db.ChangeTracker.Clear();
        }
    }

    private static Pipeline DefaultPipeline() => new("Продажи",
    [
        new StageDraft(null, "Первый звонок", 10, StageKind.Open),
        new StageDraft(null, "Замер", 30, StageKind.Open),
        new StageDraft(null, "Согласование", 50, StageKind.Open),
        new StageDraft(null, "Оплата", 80, StageKind.Open),
        new StageDraft(null, "Установка", 90, StageKind.Open),
        new StageDraft(null, "Успешно", 100, StageKind.Won),
        new StageDraft(null, "Отказ", 0, StageKind.Lost),
    ], isDefault: true);
}
