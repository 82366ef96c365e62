namespace Suite.Docs.Application.Automations;

internal sealed record DocumentAutomationDto(Guid Id, Guid PipelineId, Guid StageId, Guid TemplateId, string TemplateName, bool IsActive);

/// <summary><c>{ pipelineId, stageId, templateId, isActive }</c>; the template must be one made from a deal.</summary>
internal sealed record DocumentAutomationInput(Guid? PipelineId, Guid? StageId, Guid? TemplateId, bool? IsActive);
