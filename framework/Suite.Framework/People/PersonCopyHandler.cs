using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Identity.Events;

namespace Suite.Framework.People;

/// <summary>
/// Keeps a module's copies of people in step with Identity; events may arrive late or twice, and each one carries
/// the whole person, so the newest one wins whatever its kind.
/// </summary>
internal sealed class PersonCopyHandler<TContext>(TContext db) :
    IIntegrationEventHandler<UserCreatedEto>,
    IIntegrationEventHandler<UserUpdatedEto>,
    IIntegrationEventHandler<UserDisabledEto>
    where TContext : SuiteDbContext
{
    public Task HandleAsync(UserCreatedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.UserId, p => p.Apply(e.UserName, e.FullName, e.Email, e.Phone, e.Position, e.Roles, e.SupervisorId, e.IsActive, e.ChangedAt),
            cancellationToken);

    public Task HandleAsync(UserUpdatedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.UserId, p => p.Apply(e.UserName, e.FullName, e.Email, e.Phone, e.Position, e.Roles, e.SupervisorId, e.IsActive, e.ChangedAt),
            cancellationToken);

    // A disabled user is inactive whatever the event's flag says.
    public Task HandleAsync(UserDisabledEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.UserId, p => p.Apply(e.UserName, e.FullName, e.Email, e.Phone, e.Position, e.Roles, e.SupervisorId, false, e.ChangedAt),
            cancellationToken);

    private async Task ApplyAsync(Guid userId, Action<PersonCopy> apply, CancellationToken cancellationToken)
    {
        var people = db.Set<PersonCopy>();
        var person = await people.FindAsync([userId], cancellationToken);
        if (person is null)
        {
            person = new PersonCopy(userId);
            people.Add(person);
        }

        apply(person);
    }
}
