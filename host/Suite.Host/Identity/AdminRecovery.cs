using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;

namespace Suite.Host.Identity;

/// <summary>
/// `dotnet Suite.Host.dll --reset-admin`: gives back access to the admin account when nobody can sign in as an admin
/// (locked out by failed sign-ins, password forgotten, disabled). Runs against the configured database without
/// starting the web server, prints what it did and exits.
/// </summary>
internal static class AdminRecovery
{
    public const string Option = "--reset-admin";

    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var password = services.GetRequiredService<IConfiguration>()["Suite:AdminPassword"];
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("Suite cannot reset admin: set Suite:AdminPassword (environment variable Suite__AdminPassword) to the new password.");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SuiteIdentityDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        var seeder = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
        await seeder.SeedRolesAsync();
        try
        {
            Console.WriteLine(await seeder.ResetAdminAsync(password, cancellationToken));
            return 0;
        }
        catch (InputValidationException e)
        {
            Console.Error.WriteLine("Suite cannot reset admin: " + string.Join(" ", e.Errors.SelectMany(p => p.Value)));
            return 1;
        }
    }
}
