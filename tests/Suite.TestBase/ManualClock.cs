namespace Suite.TestBase;

/// <summary>A clock a test moves by hand; timers still run in real time, only "now" is shifted.</summary>
public sealed class ManualClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;

    /// <summary>Moves "now" to <paramref name="now"/>; from there it runs on in real time.</summary>
    public void Set(DateTimeOffset now) => _offset = now - base.GetUtcNow();
}
