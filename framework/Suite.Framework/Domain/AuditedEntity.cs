namespace Suite.Framework.Domain;

/// <summary>
/// A business record users edit: who created and last changed it, a concurrency stamp that makes a
/// stale update fail, and every change written to the module's entity change log.
/// </summary>
public abstract class AuditedEntity : Entity
{
    public DateTimeOffset CreatedAt { get; internal set; }
    public Guid? CreatedBy { get; internal set; }
    public DateTimeOffset? ModifiedAt { get; internal set; }
    public Guid? ModifiedBy { get; internal set; }

    /// <summary>Renewed on every save; an update that carries an older value is rejected.</summary>
    public string ConcurrencyStamp { get; internal set; } = NewStamp();

    internal static string NewStamp() => Guid.NewGuid().ToString("N");
}
