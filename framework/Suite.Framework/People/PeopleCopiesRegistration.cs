using Suite.Framework.Data;
using Suite.Identity.Events;

namespace Suite.Framework.People;

public static class PeopleCopiesRegistration
{
    /// <summary>
    /// The module keeps its own copies of people (<see cref="PersonCopy"/>), fed by Identity's user events through its
    /// inbox. Its DbContext maps them with <see cref="PersonCopyModel.ConfigurePeopleCopies"/>.
    /// </summary>
    public static ModuleEvents<TContext> KeepPeopleCopies<TContext>(this ModuleEvents<TContext> events) where TContext : SuiteDbContext =>
        events
            .Subscribe<UserCreatedEto, PersonCopyHandler<TContext>>()
            .Subscribe<UserUpdatedEto, PersonCopyHandler<TContext>>()
            .Subscribe<UserDisabledEto, PersonCopyHandler<TContext>>();
}
