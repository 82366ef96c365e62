using Suite.Framework.Permissions;

namespace Suite.Host.Settings;

internal static class CompanySettingsEndpoints
{
    public static void MapCompanySettings(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.MapGroup("/api/settings").WithTags("Settings")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        // Every signed-in user may read them: the web app needs the company's "today" for its date fields.
        settings.MapGet("/company", (CompanySettingsService service, CancellationToken ct) => service.GetAsync(ct))
            .RequireAuthorization()
            .WithName("GetCompanySettings");

        settings.MapPut("/company", (CompanySettingsService service, CompanySettingsInput input, CancellationToken ct) =>
                service.UpdateAsync(input, ct))
            .RequirePermission(SettingsPermissions.Company)
            .WithName("UpdateCompanySettings")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        // Every signed-in user may read it: task forms count due times in working days.
        settings.MapGet("/calendar", (WorkingCalendarService service, CancellationToken ct) => service.GetAsync(ct))
            .RequireAuthorization()
            .WithName("GetWorkingCalendar");

        settings.MapPut("/calendar", (WorkingCalendarService service, WorkingCalendarInput input, CancellationToken ct) =>
                service.UpdateAsync(input, ct))
            .RequirePermission(SettingsPermissions.Company)
            .WithName("UpdateWorkingCalendar")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
