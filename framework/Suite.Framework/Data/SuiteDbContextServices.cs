using Suite.Framework.Events;
using Suite.Framework.Users;

namespace Suite.Framework.Data;

/// <summary>What every module DbContext needs besides its options: the user and clock for audit fields, and the outbox signal.</summary>
public sealed record SuiteDbContextServices(ICurrentUser CurrentUser, TimeProvider Clock, EventBusSignals Signals);
