using Suite.Framework.Domain;

namespace Suite.Docs.Domain.Automations;

/// <summary>"When a deal enters stage S of pipeline P, make the document of template T": once per stage change.</summary>
public sealed class DocumentAutomation : Entity
{
    private DocumentAutomation() { }

    public DocumentAutomation(Guid pipelineId, Guid stageId, Guid templateId, bool isActive)
    {
        PipelineId = pipelineId;
        StageId = stageId;
        TemplateId = templateId;
        IsActive = isActive;
    }

    public Guid PipelineId { get; private set; }
    public Guid StageId { get; private set; }
    public Guid TemplateId { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(Guid pipelineId, Guid stageId, Guid templateId, bool isActive)
    {
        PipelineId = pipelineId;
        StageId = stageId;
        TemplateId = templateId;
        IsActive = isActive;
    }
}
