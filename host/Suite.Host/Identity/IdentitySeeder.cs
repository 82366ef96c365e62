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
    PermissionCatalog permissions,
    ILogger<IdentitySeeder> logger)
{
    private const string SeededClaim = "seeded-permission";

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

    public async Task SeedAdminAsync(string password)
    {
        if (await users.FindByNameAsync("admin") is not null)
            return;
        var admin = new SuiteUser { UserName = "admin", Email = "admin@suite.local", EmailConfirmed = true };
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, Roles.Admin));
        logger.LogInformation("Created the admin user");
    }

    public async Task SeedDemoUsersAsync()
    {
        foreach (var demo in DemoUsers.All)
        {
            if (await users.FindByIdAsync(demo.Id.ToString()) is not null)
                continue;
            var user = new SuiteUser { Id = demo.Id, UserName = demo.UserName, Email = $"{demo.UserName}@suite.local", EmailConfirmed = true };
            Check(await users.CreateAsync(user, DemoUsers.Password));
            Check(await users.AddToRoleAsync(user, demo.Role));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Seeding identity failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
