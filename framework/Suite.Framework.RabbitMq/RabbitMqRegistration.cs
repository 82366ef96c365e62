using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Suite.Framework.Events;

namespace Suite.Framework.RabbitMq;

public static class RabbitMqRegistration
{
    /// <summary>Replaces the in-process transport: outbox rows go to RabbitMQ, and each module consumes its own queue.</summary>
    public static IServiceCollection AddRabbitMqEventBus(this IServiceCollection services, string uri)
    {
        services.Configure<RabbitMqOptions>(o => o.Uri = uri);
        services.AddSingleton<RabbitMqConnection>();
        services.Replace(ServiceDescriptor.Singleton<IEventTransport, RabbitMqEventTransport>());
        services.AddHostedService<RabbitMqConsumers>();
        services.AddHealthChecks().Add(new HealthCheckRegistration("rabbitmq",
            sp => new RabbitMqHealthCheck(sp.GetRequiredService<RabbitMqConnection>()), HealthStatus.Unhealthy, ["ready"]));
        return services;
    }
}

internal sealed class RabbitMqHealthCheck(RabbitMqConnection connection) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(connection.IsOpen
            ? HealthCheckResult.Healthy("Connected to RabbitMQ.")
            : HealthCheckResult.Unhealthy("Not connected to RabbitMQ."));
}
