using Microsoft.EntityFrameworkCore;
using Suite.Docs.Application.Cards;
using Suite.Docs.Application.Generating;
using Suite.Docs.Data;
using Suite.Docs.Domain.Templates;
using Suite.Docs.Forms;
using Suite.Docs.Templates;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Users;

namespace Suite.Docs.Application.Templates;

/// <summary>Templates: the list, the editor's reads and writes (a body is checked before it is saved), and the live preview.</summary>
internal sealed class TemplateService(DocsDbContext db, CardDirectory cards, DocumentContents contents, DocumentRenderer renderer,
    ICurrentUser user, TimeProvider time)
{
    private static readonly SortMap<Template> Sorting = new SortMap<Template>("kind, name")
        .Add("name", t => t.Name)
        .Add("kind", t => t.Kind)
        .Add("updatedAt", t => t.UpdatedAt);

    public async Task<PagedResult<TemplateListItemDto>> ListAsync(TemplateListRequest request, CancellationToken ct)
    {
        var templates = db.Templates.AsNoTracking().Where(t => !t.IsDeleted);
        if (!string.IsNullOrWhiteSpace(request.Kind))
            templates = templates.Where(t => t.Kind == request.Kind);
        if (!string.IsNullOrWhiteSpace(request.Filter))
            templates = templates.Where(t => t.Name.Contains(request.Filter));
        if (!string.IsNullOrWhiteSpace(request.EntityType))
        {
            // Which cards a template is made from follows from its kind and format (TemplateKinds.EntityTypes).
            var pairs = TemplateKinds.All.SelectMany(k => TemplateFormats.All.Select(f => (Kind: k, Format: f)))
                .Where(p => TemplateKinds.EntityTypes(p.Kind, p.Format).Contains(request.EntityType))
                .Select(p => p.Kind + "|" + p.Format).ToList();
            templates = templates.Where(t => pairs.Contains(t.Kind + "|" + t.Format));
        }

        var page = await templates.ToPageAsync(request, Sorting, t => new { t.Id, t.Name, t.Kind, t.Format, t.NumberPrefix, t.BuiltInKey, t.UpdatedAt }, ct);
        return new PagedResult<TemplateListItemDto>(page.TotalCount, page.Items
            .Select(t => new TemplateListItemDto(t.Id, t.Name, t.Kind, t.Format, TemplateKinds.EntityTypes(t.Kind, t.Format), t.NumberPrefix,
                t.BuiltInKey is not null, t.UpdatedAt))
            .ToList());
    }

    public async Task<TemplateDto> GetAsync(Guid id, CancellationToken ct) => Dto(await FindAsync(id, ct));

    public async Task<TemplateDto> CreateAsync(TemplateInput input, CancellationToken ct)
    {
        Check(input.Kind!, input.Format!, input.Body!);
        var template = Template.Create(input.Name!.Trim(), input.Kind!, input.Format!, input.Body!, input.NumberPrefix, time.GetUtcNow());
        db.Templates.Add(template);
        await db.SaveChangesAsync(ct);
        return Dto(template);
    }

    public async Task<TemplateDto> UpdateAsync(Guid id, TemplateInput input, CancellationToken ct)
    {
        var template = await FindAsync(id, ct);
        Check(template.Kind, template.Format, input.Body!);
        template.Update(input.Name!.Trim(), input.Body!, input.NumberPrefix, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Dto(template);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var template = await FindAsync(id, ct);
        if (template.IsBuiltIn)
            throw new BusinessRuleException("Docs.Template.BuiltIn", Text.Pick(
                "Встроенный шаблон нельзя удалить, его можно изменить.", "A built-in template cannot be deleted; it can be edited."));
        template.Delete(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The document as it would be made from the card now, marked as a draft instead of numbered.</summary>
    public async Task<RenderedFile> PreviewAsync(TemplatePreviewInput input, CancellationToken ct)
    {
        var template = input.TemplateId is { } id
            ? await FindAsync(id, ct)
            : Template.Create("preview", input.Kind!, input.Format!, input.Body!, null, time.GetUtcNow());
        var card = await cards.GetVisibleAsync(input.EntityType!, input.EntityId!.Value, ct);
        var body = input.Format == TemplateFormats.Docx ? template.Body : input.Body!;
        var content = await contents.GatherAsync(template, body, card, user.Id, Text.Pick("ЧЕРНОВИК", "DRAFT"), ct);
        return await renderer.RenderAsync(content with { Kind = input.Kind!, Format = input.Format! }, ct);
    }

    private static void Check(string kind, string format, string body)
    {
        var errors = format switch
        {
            TemplateFormats.Text => DocumentTemplate.Check(body),
            TemplateFormats.Form => FormOptions.Parse(body, FormKinds.Of(kind)).Errors,
            _ => [],
        };
        if (errors.Count > 0)
            throw TemplateErrors.Refusal(errors);
    }

    private async Task<Template> FindAsync(Guid id, CancellationToken ct) =>
        await db.Templates.SingleOrDefaultAsync(t => t.Id == id && !t.IsDeleted, ct) ?? throw new EntityNotFoundException("Template", id);

    private static TemplateDto Dto(Template t) =>
        new(t.Id, t.Name, t.Kind, t.Format, t.Body, t.EntityTypes, t.NumberPrefix, t.IsBuiltIn, t.FileName, t.UpdatedAt);
}
