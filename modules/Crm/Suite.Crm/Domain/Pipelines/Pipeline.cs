using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Crm.Domain.Pipelines;

/// <summary>The ordered stages a deal goes through, from the first open stage to won or lost.</summary>
public sealed class Pipeline : AuditedEntity
{
    private Pipeline()
    {
        Name = null!;
        NormalizedName = null!;
    }

    public Pipeline(string name, IReadOnlyList<StageDraft> stages, bool isDefault = false)
    {
        Name = null!;
        NormalizedName = null!;
        IsDefault = isDefault;
        Rename(name);
        ReplaceStages(stages);
    }

    public string Name { get; private set; }

    /// <summary>The name in lower case, unique across pipelines.</summary>
    public string NormalizedName { get; private set; }

    /// <summary>New deals go here unless another pipeline is chosen; there is always exactly one.</summary>
    public bool IsDefault { get; private set; }

    public List<Stage> Stages { get; private set; } = [];

    public IEnumerable<Stage> OrderedStages => Stages.OrderBy(s => s.Order);

    public Stage FirstOpenStage => OrderedStages.First(s => s.Kind == StageKind.Open);
    public Stage WonStage => Stages.Single(s => s.Kind == StageKind.Won);
    public Stage LostStage => Stages.Single(s => s.Kind == StageKind.Lost);

    public void Rename(string name)
    {
        Name = name.Trim();
        NormalizedName = NormalizeName(Name);
    }

    public void MakeDefault() => IsDefault = true;

    public void StopBeingDefault() => IsDefault = false;

    /// <summary>The stages that <paramref name="drafts"/> would remove: the caller checks no deal is in them.</summary>
    public IReadOnlyList<Stage> StagesRemovedBy(IReadOnlyList<StageDraft> drafts) =>
        Stages.Where(s => drafts.All(d => d.Id != s.Id)).ToList();

    /// <summary>Updates the stages sent with an id, adds those without and removes the rest; the order is the order sent.</summary>
    public void ReplaceStages(IReadOnlyList<StageDraft> drafts)
    {
        if (StageProblem(drafts.Select(d => d.Kind).ToList()) is { } problem)
            throw InputValidationException.For("stages", problem);
        var unknown = drafts.Select((d, i) => (d, i)).FirstOrDefault(x => x.d.Id is { } id && Stages.All(s => s.Id != id));
        if (unknown.d is not null)
            throw InputValidationException.For($"stages[{unknown.i}].id",
                Text.Pick("В этой воронке нет такого этапа.", "This pipeline has no such stage."));

        Stages.RemoveAll(s => drafts.All(d => d.Id != s.Id));
        for (var order = 0; order < drafts.Count; order++)
        {
            var draft = drafts[order];
            var existing = Stages.FirstOrDefault(s => s.Id == draft.Id);
            if (existing is null)
                Stages.Add(new Stage(Id, draft, order));
            else
                existing.Apply(draft, order);
        }
    }

    /// <summary>What is wrong with a pipeline made of stages of these kinds, or null when nothing is.</summary>
    public static string? StageProblem(IReadOnlyList<StageKind> kinds)
    {
        if (!kinds.Contains(StageKind.Open))
            return Text.Pick("Нужен хотя бы один рабочий (открытый) этап.", "A pipeline needs at least one open stage.");
        if (kinds.Count(k => k == StageKind.Won) != 1)
            return Text.Pick("Нужен ровно один этап «Успешно» (won).", "A pipeline needs exactly one won stage.");
        if (kinds.Count(k => k == StageKind.Lost) != 1)
            return Text.Pick("Нужен ровно один этап «Отказ» (lost).", "A pipeline needs exactly one lost stage.");
        return null;
    }

    public static string NormalizeName(string name) => name.Trim().ToLowerInvariant();
}
