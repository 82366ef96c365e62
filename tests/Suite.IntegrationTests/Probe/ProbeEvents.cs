using Suite.Framework.Events;

namespace Suite.IntegrationTests.Probe;

[EventName("Probe.Thing.Happened")]
public sealed record ThingHappened(string RunId, int Number);

[EventName("Probe.Poison.Arrived")]
public sealed record PoisonArrived(string RunId);

/// <summary>Its handler writes its effect and then fails the first time it sees a number: the retry must be the only effect.</summary>
[EventName("Probe.Flaky.Arrived")]
public sealed record FlakyArrived(string RunId, int Number);

/// <summary>Its handler fails while its run is broken (<see cref="BrokenHandler.Break"/>) and works once mended: a parked event to replay.</summary>
[EventName("Probe.Broken.Arrived")]
public sealed record BrokenArrived(string RunId, int Number);
