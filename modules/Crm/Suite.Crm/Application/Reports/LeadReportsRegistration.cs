using Microsoft.Extensions.DependencyInjection;

namespace Suite.Crm.Application.Reports;

internal static class LeadReportsRegistration
{
    /// <summary>The leads' and activities' reports and their workbooks (mapped by LeadReportEndpoints).</summary>
    public static IServiceCollection AddLeadReports(this IServiceCollection services) => services
        .AddScoped<LeadResponseReport>()
        .AddScoped<LeadResponseExport>()
        .AddScoped<NewLeadsReport>()
        .AddScoped<NewLeadsExport>()
        .AddScoped<DealSegmentsReport>()
        .AddScoped<DealSegmentsExport>()
        .AddScoped<ActivityReport>()
        .AddScoped<ActivityExport>();
}
