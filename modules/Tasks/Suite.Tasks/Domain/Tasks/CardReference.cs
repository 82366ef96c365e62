namespace Suite.Tasks.Domain.Tasks;

/// <summary>The card a task is on: "deal", "company", "contact", "lead", "invoice" or "product" and its id.</summary>
public sealed record CardReference(string EntityType, Guid EntityId)
{
    public static readonly IReadOnlyList<string> Types = ["deal", "company", "contact", "lead", "invoice", "product"];
}
