using Microsoft.EntityFrameworkCore;
using Suite.Docs.Data;
using Suite.Docs.Domain.Automations;
using Suite.Docs.Domain.Cards;
using Suite.Docs.Domain.Templates;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Docs.Application.Automations;

/// <summary>The automations list and its edits; the template must be one a deal can be made into.</summary>
internal sealed class DocumentAutomationService(DocsDbContext db)
{
    public async Task<IReadOnlyList<DocumentAutomationDto>> ListAsync(CancellationToken ct) =>
        await (from a in db.DocumentAutomations.AsNoTracking()
               join t in db.Templates on a.TemplateId equals t.Id
               orderby t.Name
               select new DocumentAutomationDto(a.Id, a.PipelineId, a.StageId, a.TemplateId, t.Name, a.IsActive)).ToListAsync(ct);

    public async Task<DocumentAutomationDto> CreateAsync(DocumentAutomationInput input, CancellationToken ct)
    {
        var template = await DealTemplateAsync(input.TemplateId!.Value, ct);
        var automation = new DocumentAutomation(input.PipelineId!.Value, input.StageId!.Value, template.Id, input.IsActive ?? true);
        db.DocumentAutomations.Add(automation);
        await db.SaveChangesAsync(ct);
        return Dto(automation, template);
    }

    public async Task<DocumentAutomationDto> UpdateAsync(Guid id, DocumentAutomationInput input, CancellationToken ct)
    {
        var automation = await FindAsync(id, ct);
        var template = await DealTemplateAsync(input.TemplateId!.Value, ct);
        automation.Update(input.PipelineId!.Value, input.StageId!.Value, template.Id, input.IsActive ?? true);
        await db.SaveChangesAsync(ct);
        return Dto(automation, template);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        db.DocumentAutomations.Remove(await FindAsync(id, ct));
        await db.SaveChangesAsync(ct);
    }

    private async Task<DocumentAutomation> FindAsync(Guid id, CancellationToken ct) =>
        await db.DocumentAutomations.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new EntityNotFoundException("Automation", id);

    private async Task<Template> DealTemplateAsync(Guid id, CancellationToken ct)
    {
        var template = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && !t.IsDeleted, ct)
            ?? throw new EntityNotFoundException("Template", id);
        if (!template.EntityTypes.Contains(CardTypes.Deal))
            throw new UnprocessableContentException("Docs.Template.WrongCard", Text.Pick(
                $"Шаблон «{template.Name}» нельзя сделать из сделки.", $"Template '{template.Name}' cannot be made from a deal."));
        return template;
    }

    private static DocumentAutomationDto Dto(DocumentAutomation a, Template t) => new(a.Id, a.PipelineId, a.StageId, t.Id, t.Name, a.IsActive);
}
