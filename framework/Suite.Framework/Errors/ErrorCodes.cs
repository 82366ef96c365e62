namespace Suite.Framework.Errors;

/// <summary>Codes of conflicts that are not any one module's business rule.</summary>
public static class ErrorCodes
{
    public const string ConcurrencyStale = "Concurrency.Stale";
    public const string Duplicate = "Data.Duplicate";
    public const string ReferenceGone = "Data.ReferenceGone";

    /// <summary>A replay or discard of an event that is no longer parked (someone else acted first).</summary>
    public const string EventNotParked = "Events.NotParked";
}
