using Suite.Framework.Time;

namespace Suite.Host.Settings;

/// <summary>
/// Keeps this instance's <see cref="CompanyTimeZone"/> in step with the settings when another instance on the same
/// database changes them. A short poll of one row rather than an event: every module queue is shared by all instances
/// (competing consumers), so an event would reach only one of them.
/// </summary>
internal sealed class CompanyTimeZoneRefresh(
    IServiceScopeFactory scopes, CompanyTimeZone companyTimeZone, IConfiguration configuration, ILogger<CompanyTimeZoneRefresh> logger)
    : BackgroundService
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Suite:Settings:RefreshInterval", DefaultInterval));
        // Stopping ends the wait as "no more ticks" rather than by an exception: a host that fails to start (an
        // unreachable broker) disposes this service mid-wait, and the exception would print a stack trace.
        while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var zone = await scope.ServiceProvider.GetRequiredService<CompanySettingsService>().StoredTimeZoneAsync(stoppingToken);
                if (zone.Id != companyTimeZone.Current.Id)
                {
                    logger.LogInformation("The company time zone is now {TimeZone}", zone.Id);
                    companyTimeZone.Use(zone);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup keeps the zone it had; the next tick tries again.
                logger.LogWarning("Could not read the company time zone: {Error}", e.Message);
            }
        }
    }
}
