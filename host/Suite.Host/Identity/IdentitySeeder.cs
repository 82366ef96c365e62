using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Hosting;
using Suite.Framework.Permissions;

namespace Suite.Host.Identity;

/// <summary>
/// Creates the shipped roles and the admin on first start, and grants each role the permissions modules
/// intend for it. A grant is made once: a permission an admin later revokes is not granted again on restart.
/// </summary>
internal sealed class IdentitySeeder(
    UserManager<SuiteUser> users,
    RoleManager<SuiteRole> roles,
    UserAccounts accounts,
    PermissionCatalog permissions,
    ILogger<IdentitySeeder> logger)
{
    public const string AdminUserName = "admin";
    private const string SeededClaim = "seeded-permission";

    /// <summary>The demo users as people: modules show these names on their demo records.</summary>
    private static readonly Dictionary<string, (string FullName, string Position)> DemoPeople = new()
    {
        [DemoUsers.Anna.UserName] = ("Анна Смирнова", "Менеджер по продажам"),
        [DemoUsers.Boris.UserName] = ("Борис Кузнецов", "Менеджер по продажам"),
        [DemoUsers.Dina.UserName] = ("Дина Орлова", "Коммерческий директор"),
        [DemoUsers.Alla.UserName] = ("Алла Волкова", "Главный бухгалтер"),
        [DemoUsers.Vlad.UserName] = ("Владислав Соколов", "Кладовщик"),
    };

    public async Task SeedRolesAsync()
    {
        foreach (var roleName in Roles.Shipped)
        {
            var role = await roles.FindByNameAsync(roleName);
            if (role is null)
            {
                role = new SuiteRole(roleName);
                Check(await roles.CreateAsync(role));
            }

            var claims = await roles.GetClaimsAsync(role);
            var seeded = claims.Where(c => c.Type == SeededClaim).Select(c => c.Value).ToHashSet();
            var granted = claims.Where(c => c.Type == PermissionClaim.Type).Select(c => c.Value).ToHashSet();
            var intended = permissions.All.Where(p => roleName == Roles.Admin || p.DefaultRoles.Contains(roleName)).Select(p => p.Name);
            foreach (var permission in intended.Where(p => !seeded.Contains(p)))
            {
                if (!granted.Contains(permission))
                    Check(await roles.AddClaimAsync(role, new Claim(PermissionClaim.Type, permission)));
                Check(await roles.AddClaimAsync(role, new Claim(SeededClaim, permission)));
            }
        }
    }

    /// <summary>Users from before search text existed become findable by name and e-mail.</summary>
    public async Task FillSearchTextAsync(SuiteIdentityDbContext db)
    {
        foreach (var user in await db.Users.Where(u => u.SearchText == "").ToListAsync())
            user.RefreshSearchText();
        await db.SaveChangesAsync();
    }

    public async Task SeedAdminAsync(string password)
    {
        if (await users.FindByNameAsync(AdminUserName) is not null)
            return;
        await CreateAdminAsync(password);
        logger.LogInformation("Created the admin user");
    }

    /// <summary>
    /// The recovery of a locked-out or forgotten admin (`--reset-admin`): unlocks the account, enables it, gives it the
    /// admin role and the password from configuration, and ends its sessions. Returns what it did, for the console.
    /// </summary>
    public async Task<string> ResetAdminAsync(string password, CancellationToken cancellationToken)
    {
        var admin = await users.FindByNameAsync(AdminUserName);
        if (admin is null)
        {
            await CreateAdminAsync(password);
            return "Created the user admin with the password from Suite:AdminPassword.";
        }

        await accounts.ResetPasswordAsync(admin, password);
        await accounts.UnlockAsync(admin);
        await accounts.EnableAsync(admin, cancellationToken);
        if (!await users.IsInRoleAsync(admin, Roles.Admin))
            await accounts.UpdateAsync(admin, new UserDetails(admin.FullName, admin.Email, admin.PhoneNumber, admin.Position, admin.SupervisorId),
                [.. await users.GetRolesAsync(admin), Roles.Admin], null, cancellationToken);
        return "Reset the user admin: unlocked, enabled, in the admin role, password set from Suite:AdminPassword; its sessions ended.";
    }

    public async Task SeedDemoUsersAsync()
    {
        // The director first: she supervises the sales managers.
        foreach (var demo in DemoUsers.All.OrderBy(d => d.Role == Roles.Director ? 0 : 1))
        {
            if (await users.FindByIdAsync(demo.Id.ToString()) is not null)
                continue;
            var (fullName, position) = DemoPeople[demo.UserName];
            var supervisor = demo.Role == Roles.Sales ? DemoUsers.Dina.Id : (Guid?)null;
            await accounts.CreateAsync(demo.UserName, DemoUsers.Password,
                new UserDetails(fullName, $"{demo.UserName}@suite.local", null, position, supervisor), [demo.Role], demo.Id);
        }
    }

    private Task<SuiteUser> CreateAdminAsync(string password) =>
        accounts.CreateAsync(AdminUserName, password, new UserDetails("Администратор", "admin@suite.local", null, null, null), [Roles.Admin]);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Seeding identity failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
