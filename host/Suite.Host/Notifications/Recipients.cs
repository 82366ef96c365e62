using Microsoft.EntityFrameworkCore;
using Suite.Host.Identity;

namespace Suite.Host.Notifications;

/// <summary>What the notification part needs to know of people, read from Identity's users (the host owns both).</summary>
internal sealed class Recipients(SuiteIdentityDbContext identity)
{
    public Task<Guid?> SupervisorOfAsync(Guid userId, CancellationToken cancellationToken) =>
        identity.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SupervisorId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Disabled users hear of nothing any more; an unknown id is nobody to tell.</summary>
    public Task<bool> IsActiveAsync(Guid userId, CancellationToken cancellationToken) =>
        identity.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.IsActive, cancellationToken);

    public async Task<string?> NameOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await identity.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.FullName, u.UserName }).FirstOrDefaultAsync(cancellationToken);
        return user is null ? null : string.IsNullOrWhiteSpace(user.FullName) ? user.UserName : user.FullName;
    }

    public async Task<MailRecipient?> MailRecipientAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await identity.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive)
            .Select(u => new { u.Email, u.FullName, u.UserName, u.Language }).FirstOrDefaultAsync(cancellationToken);
        return user is null || string.IsNullOrWhiteSpace(user.Email)
            ? null
            : new MailRecipient(user.Email.Trim(), string.IsNullOrWhiteSpace(user.FullName) ? user.UserName! : user.FullName, user.Language);
    }
}

internal sealed record MailRecipient(string Address, string Name, string Language);
