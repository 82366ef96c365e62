using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Suite.Host.Notifications;

/// <summary>
/// The live channel to open browsers (/hubs/notifications). Clients only listen for <see cref="ClientMethod"/>; the
/// user is the one signed in (ASP.NET Core's default user id is the name identifier claim, as ICurrentUser reads it).
/// </summary>
[Authorize]
internal sealed class NotificationHub : Hub
{
    public const string Path = "/hubs/notifications";
    public const string ClientMethod = "notification";
}
