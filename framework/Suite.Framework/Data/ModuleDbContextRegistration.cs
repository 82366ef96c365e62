using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Suite.Framework.Events;
using Suite.Framework.Modularity;

namespace Suite.Framework.Data;

/// <summary>A module DbContext the host migrates at start, in module order.</summary>
public sealed record ModuleDbContextType(ModuleDatabase Module, Type ContextType);

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers the module's DbContext on the shared database together with its outbox sender, inbox
    /// processor and cleanup, and returns a builder to subscribe the module's event handlers.
    /// </summary>
    public static ModuleEvents<TContext> AddModuleDbContext<TContext>(this ModuleServiceContext context, ModuleDatabase module)
        where TContext : SuiteDbContext
    {
        var services = context.Services;
        var database = context.Database;
        services.AddDbContext<TContext>(o => o.UseSuiteDatabase(database, module));
        services.AddSingleton(new ModuleDbContextType(module, typeof(TContext)));
        services.AddSingleton<IInboxWriter>(sp => ActivatorUtilities.CreateInstance<InboxWriter<TContext>>(sp, module));
        services.AddModuleOutbox<TContext>(module);
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<InboxProcessor<TContext>>(sp, module));
        services.AddHealthChecks().AddDbContextCheck<TContext>($"database-{module.Module}", HealthStatus.Unhealthy, ["ready"]);
        return new ModuleEvents<TContext>(services, module);
    }

    /// <summary>
    /// The outbox sender and cleanup of a context that only publishes and cannot derive from <see cref="SuiteDbContext"/>
    /// (identity's IdentityDbContext): its rows go out exactly like a module's.
    /// </summary>
    public static IServiceCollection AddModuleOutbox<TContext>(this IServiceCollection services, ModuleDatabase module)
        where TContext : DbContext, IEventBusDbContext
    {
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<OutboxSender<TContext>>(sp, module));
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<EventBusCleanup<TContext>>(sp));
        return services;
    }
}

public sealed class ModuleEvents<TContext>(IServiceCollection services, ModuleDatabase module) where TContext : SuiteDbContext
{
    /// <summary>The module handles <typeparamref name="TEvent"/> with <typeparamref name="THandler"/>, through its inbox.</summary>
    public ModuleEvents<TContext> Subscribe<TEvent, THandler>()
        where TEvent : class
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.Subscriptions().Add(new EventSubscription(module.Module, EventNameAttribute.For(typeof(TEvent)), typeof(TEvent), typeof(THandler)));
        return this;
    }
}

internal static class SubscriptionsRegistration
{
    public static EventSubscriptions Subscriptions(this IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(EventSubscriptions))?.ImplementationInstance;
        if (existing is EventSubscriptions subscriptions)
            return subscriptions;
        subscriptions = new EventSubscriptions();
        services.AddSingleton(subscriptions);
        return subscriptions;
    }
}
