using Scriban.Runtime;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Rules;

/// <summary>
/// One happening a rule can react to: its trigger, its natural identity (<see cref="Key"/>: the same for every
/// delivery of it, so a replay makes nothing), when it happened (the due time counts from then), the card the task goes
/// on, the owner an "owner" rule assigns to, and the merge data of its templates.
/// </summary>
internal sealed record RuleOccurrence(string Trigger, string Key, DateTimeOffset At, CardReference? Card, Guid? OwnerId, ScriptObject Model);
