using Suite.Framework.Time;

namespace Suite.Host.Settings;

/// <summary>
/// Keeps this instance's <see cref="CompanyTimeZone"/> and <see cref="CompanyCalendar"/> in step with the settings when
/// another instance on the same database changes them. A short poll of two single-row tables rather than an event: every
/// module queue is shared by all instances (competing consumers), so an event would reach only one of them.
/// </summary>
internal sealed class CompanySettingsRefresh(
    IServiceScopeFactory scopes, CompanyTimeZone companyTimeZone, CompanyCalendar companyCalendar, IConfiguration configuration,
    ILogger<CompanySettingsRefresh> logger)
    : BackgroundService
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    // The stamp of the calendar last read here: an unchanged one is not parsed again.
    private string? _calendarStamp;

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

                var calendar = await scope.ServiceProvider.GetRequiredService<WorkingCalendarService>().StoredAsync(stoppingToken);
                if (calendar is { } stored && stored.Stamp != _calendarStamp)
                {
                    if (_calendarStamp is not null)
                        logger.LogInformation("The company calendar changed");
                    companyCalendar.Use(stored.Days);
                    _calendarStamp = stored.Stamp;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup keeps the settings it had; the next tick tries again.
                logger.LogWarning("Could not read the company settings: {Error}", e.Message);
            }
        }
    }
}
