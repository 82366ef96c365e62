using Suite.Framework.Events;

namespace Suite.IntegrationTests.Probe;

[EventName("Probe.Thing.Happened")]
public sealed record ThingHappened(string RunId, int Number);

[EventName("Probe.Poison.Arrived")]
public sealed record PoisonArrived(string RunId);
