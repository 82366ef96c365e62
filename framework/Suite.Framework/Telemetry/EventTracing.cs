using System.Diagnostics;
using Suite.Framework.Events;

namespace Suite.Framework.Telemetry;

/// <summary>
/// Carries a request's trace through the outbox and the bus (docs/adr/0029-trace-propagation-through-the-outbox.md):
/// the publishing code's W3C <c>traceparent</c> is stored on the outbox row, travels as a message header (or in process)
/// to the inbox row, and the handler's activity starts as its child, so one trace shows the request and every handler
/// it caused, in whatever module and host they ran.
/// </summary>
public static class EventTracing
{
    public const string SourceName = ModuleMeter.Prefix + "EventBus";

    /// <summary>The message header (RabbitMQ) that carries the trace, as W3C Trace Context names it.</summary>
    public const string Header = "traceparent";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>The current activity's traceparent, or null outside a (W3C) trace: written with each outbox row.</summary>
    public static string? Current() => Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null;

    /// <summary>A producer span around handing one sent event to the broker; null when nobody listens or there is no trace.</summary>
    public static Activity? StartSending(OutboxMessage message) =>
        Parent(message.TraceParent) is { } parent
            ? Source.StartActivity($"send {message.EventName}", ActivityKind.Producer, parent, Tags(message.Id, message.EventName))
            : null;

    /// <summary>The span of one module handling one inbox message, a child of the trace that published it (or a new trace).</summary>
    public static Activity? StartHandling(string module, InboxMessage message)
    {
        var activity = Parent(message.TraceParent) is { } parent
            ? Source.StartActivity($"{module} handle {message.EventName}", ActivityKind.Consumer, parent, Tags(message.Id, message.EventName))
            : Source.StartActivity($"{module} handle {message.EventName}", ActivityKind.Consumer, default(ActivityContext), Tags(message.Id, message.EventName));
        activity?.SetTag("suite.module", module);
        return activity;
    }

    private static ActivityContext? Parent(string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, isRemote: true, out var context) ? context : null;

    private static KeyValuePair<string, object?>[] Tags(Guid messageId, string eventName) =>
    [
        new("messaging.message.id", messageId.ToString()),
        new("messaging.destination.name", eventName),
    ];
}
