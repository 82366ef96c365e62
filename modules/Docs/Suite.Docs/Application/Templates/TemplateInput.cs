namespace Suite.Docs.Application.Templates;

/// <summary>A new template (<c>format</c> "text" or "form"; Word templates are uploaded) or the changes to one (name, body, prefix).</summary>
internal sealed record TemplateInput(string? Name, string? Kind, string? Format, string? Body, string? NumberPrefix);

/// <summary>
/// Render a template that is being edited on a card, without saving or numbering anything: the body as typed, or the
/// saved Word template <see cref="TemplateId"/>.
/// </summary>
internal sealed record TemplatePreviewInput(Guid? TemplateId, string? Kind, string? Format, string? Body, string? EntityType, Guid? EntityId);
