namespace Suite.Framework.Domain;

/// <summary>Something the business tracks by identity. Ids are time-ordered GUIDs (v7) so indexes stay compact.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}
