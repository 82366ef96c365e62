using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Errors;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Host.Identity;

public sealed record UserDto(Guid Id, string UserName, string? Email, IReadOnlyList<string> Roles, string Language, bool IsLockedOut);

public sealed record CreateUserRequest(string? UserName, string? Email, string? Password, List<string>? Roles);

public sealed record RoleDto(Guid Id, string Name, IReadOnlyList<string> Permissions);

internal static class UserEndpoints
{
    public const string DuplicateUserName = "Identity.DuplicateUserName";

    private static readonly SortMap<SuiteUser> Sorting = new SortMap<SuiteUser>("userName")
        .Add("userName", u => u.UserName)
        .Add("email", u => u.Email);

    public static void MapUsersAndRoles(this IEndpointRouteBuilder endpoints)
    {
        var identity = endpoints.MapGroup("/api/identity").WithTags("Identity").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        identity.MapGet("/users", ListUsersAsync).RequirePermission(IdentityPermissions.Users).WithName("GetUsers");
        identity.MapGet("/users/{id:guid}", GetUserAsync).RequirePermission(IdentityPermissions.Users).WithName("GetUser")
            .ProducesProblem(StatusCodes.Status404NotFound);
        identity.MapPost("/users", CreateUserAsync).RequirePermission(IdentityPermissions.Users).WithName("CreateUser")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        identity.MapGet("/roles", ListRolesAsync).RequirePermission(IdentityPermissions.Roles).WithName("GetRoles");
    }

    private static async Task<PagedResult<UserDto>> ListUsersAsync(
        [AsParameters] PageRequest request, SuiteIdentityDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(term) || u.NormalizedEmail!.Contains(term));
        }

        var page = await query.ToPageAsync(request, Sorting, u => u, ct);
        var roles = await RolesOfAsync(db, page.Items.Select(u => u.Id).ToList(), ct);
        return new PagedResult<UserDto>(page.TotalCount, page.Items.Select(u => ToDto(u, roles, clock)).ToList());
    }

    private static async Task<UserDto> GetUserAsync(Guid id, SuiteIdentityDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct)
                   ?? throw new EntityNotFoundException("User", id);
        return ToDto(user, await RolesOfAsync(db, [id], ct), clock);
    }

    private static async Task<Created<UserDto>> CreateUserAsync(
        CreateUserRequest request, UserManager<SuiteUser> users, RoleManager<SuiteRole> roleManager, SuiteIdentityDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName))
            errors["userName"] = [Text.Pick("Введите имя пользователя.", "Enter a user name.")];
        if (string.IsNullOrEmpty(request.Password))
            errors["password"] = [Text.Pick("Введите пароль.", "Enter a password.")];
        var roleNames = request.Roles ?? [];
        var unknown = new List<string>();
        foreach (var role in roleNames)
            if (!await roleManager.RoleExistsAsync(role))
                unknown.Add(role);
        if (unknown.Count > 0)
            errors["roles"] = [Text.Pick("Неизвестные роли: ", "Unknown roles: ") + string.Join(", ", unknown) + "."];
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var user = new SuiteUser { UserName = request.UserName!.Trim(), Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim() };
        var created = await users.CreateAsync(user, request.Password!);
        if (created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
            throw new BusinessRuleException(DuplicateUserName,
                Text.Pick($"Имя пользователя '{user.UserName}' уже занято.", $"The user name '{user.UserName}' is taken."));
        ThrowIfFailed(created);
        ThrowIfFailed(await users.AddToRolesAsync(user, roleNames));
        return TypedResults.Created($"/api/identity/users/{user.Id}", ToDto(user, await RolesOfAsync(db, [user.Id], ct), clock));
    }

    private static async Task<PagedResult<RoleDto>> ListRolesAsync(SuiteIdentityDbContext db, CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);
        var claims = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == PermissionClaim.Type).ToListAsync(ct);
        var items = roles.Select(r => new RoleDto(r.Id, r.Name!,
            claims.Where(c => c.RoleId == r.Id).Select(c => c.ClaimValue!).Order().ToList())).ToList();
        return new PagedResult<RoleDto>(items.Count, items);
    }

    private static async Task<ILookup<Guid, string>> RolesOfAsync(SuiteIdentityDbContext db, List<Guid> userIds, CancellationToken ct)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return pairs.ToLookup(p => p.UserId, p => p.Name!);
    }

    private static UserDto ToDto(SuiteUser u, ILookup<Guid, string> roles, TimeProvider clock) =>
        new(u.Id, u.UserName!, u.Email, roles[u.Id].Order().ToList(), u.Language, u.LockoutEnd > clock.GetUtcNow());

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
            return;
        throw new InputValidationException(result.Errors
            .GroupBy(e => e.Code.Contains("Password") ? "password" : e.Code.Contains("UserName") ? "userName" : e.Code.Contains("Email") ? "email" : "user")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
    }
}
