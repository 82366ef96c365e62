using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Errors;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Host.Identity;

public sealed record UserDto(
    Guid Id, string UserName, string? Email, IReadOnlyList<string> Roles, string Language, bool IsLockedOut,
    string FullName, string? Phone, string? Position, Guid? SupervisorId, bool IsActive, DateTimeOffset? LockoutEnd,
    string ConcurrencyStamp);

public sealed record CreateUserRequest(
    string? UserName, string? Email, string? Password, List<string>? Roles,
    string? FullName = null, string? Phone = null, string? Position = null, Guid? SupervisorId = null);

/// <summary>Replaces the person's details; roles are replaced when given and kept when null.</summary>
public sealed record UpdateUserRequest(
    string? FullName, string? Email, string? Phone, string? Position, Guid? SupervisorId, List<string>? Roles, string? ConcurrencyStamp);

public sealed record ResetPasswordRequest(string? Password);

public sealed record RoleDto(Guid Id, string Name, IReadOnlyList<string> Permissions);

/// <summary>The users list: free text over name, user name, e-mail, phone and position; `isActive` keeps only active or disabled users.</summary>
public sealed class UserListRequest : PageRequest
{
    [FromQuery(Name = "isActive")] public bool? IsActive { get; set; }
}

internal static class UserEndpoints
{
    private static readonly SortMap<SuiteUser> Sorting = new SortMap<SuiteUser>("userName")
        .Add("userName", u => u.UserName)
        .Add("fullName", u => u.FullName)
        .Add("email", u => u.Email)
        .Add("position", u => u.Position)
        .Add("isActive", u => u.IsActive);

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
        identity.MapPut("/users/{id:guid}", UpdateUserAsync).RequirePermission(IdentityPermissions.Users).WithName("UpdateUser")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        identity.MapPost("/users/{id:guid}/disable", DisableUserAsync).RequirePermission(IdentityPermissions.Users).WithName("DisableUser")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        identity.MapPost("/users/{id:guid}/enable", EnableUserAsync).RequirePermission(IdentityPermissions.Users).WithName("EnableUser")
            .ProducesProblem(StatusCodes.Status404NotFound);
        identity.MapPost("/users/{id:guid}/unlock", UnlockUserAsync).RequirePermission(IdentityPermissions.Users).WithName("UnlockUser")
            .ProducesProblem(StatusCodes.Status404NotFound);
        identity.MapPost("/users/{id:guid}/reset-password", ResetPasswordAsync).RequirePermission(IdentityPermissions.Users).WithName("ResetUserPassword")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        identity.MapGet("/roles", ListRolesAsync).RequirePermission(IdentityPermissions.Roles).WithName("GetRoles");
    }

    private static async Task<PagedResult<UserDto>> ListUsersAsync(
        [AsParameters] UserListRequest request, SuiteIdentityDbContext db, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            query = query.Where(u => u.SearchText.Contains(term));
        }

        if (request.IsActive is { } active)
            query = query.Where(u => u.IsActive == active);

        var page = await query.ToPageAsync(request, Sorting, u => u, ct);
        var roles = await RolesOfAsync(db, page.Items.Select(u => u.Id).ToList(), ct);
        return new PagedResult<UserDto>(page.TotalCount, page.Items.Select(u => ToDto(u, roles, db.Clock)).ToList());
    }

    private static async Task<UserDto> GetUserAsync(Guid id, SuiteIdentityDbContext db, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct)
                   ?? throw new EntityNotFoundException("User", id);
        return ToDto(user, await RolesOfAsync(db, [id], ct), db.Clock);
    }

    private static async Task<Created<UserDto>> CreateUserAsync(
        CreateUserRequest request, UserAccounts accounts, SuiteIdentityDbContext db, CancellationToken ct)
    {
        var user = await accounts.CreateAsync(request.UserName, request.Password,
            new UserDetails(request.FullName, request.Email, request.Phone, request.Position, request.SupervisorId), request.Roles,
            cancellationToken: ct);
        return TypedResults.Created($"/api/identity/users/{user.Id}", ToDto(user, await RolesOfAsync(db, [user.Id], ct), db.Clock));
    }

    private static async Task<UserDto> UpdateUserAsync(
        Guid id, UpdateUserRequest request, UserAccounts accounts, SuiteIdentityDbContext db, CancellationToken ct)
    {
        var user = await FindAsync(db, id, ct);
        await accounts.UpdateAsync(user, new UserDetails(request.FullName, request.Email, request.Phone, request.Position, request.SupervisorId),
            request.Roles, request.ConcurrencyStamp, ct);
        return ToDto(user, await RolesOfAsync(db, [id], ct), db.Clock);
    }

    private static async Task<UserDto> DisableUserAsync(
        Guid id, ClaimsPrincipal principal, UserAccounts accounts, UserManager<SuiteUser> users, SuiteIdentityDbContext db, CancellationToken ct)
    {
        var user = await FindAsync(db, id, ct);
        await accounts.DisableAsync(user, Guid.TryParse(users.GetUserId(principal), out var me) ? me : null, ct);
        return ToDto(user, await RolesOfAsync(db, [id], ct), db.Clock);
    }

    private static async Task<UserDto> EnableUserAsync(Guid id, UserAccounts accounts, SuiteIdentityDbContext db, CancellationToken ct)
    {
        var user = await FindAsync(db, id, ct);
        await accounts.EnableAsync(user, ct);
        return ToDto(user, await RolesOfAsync(db, [id], ct), db.Clock);
    }

    private static async Task<UserDto> UnlockUserAsync(Guid id, UserAccounts accounts, SuiteIdentityDbContext db, CancellationToken ct)
    {
        var user = await FindAsync(db, id, ct);
        await accounts.UnlockAsync(user);
        return ToDto(user, await RolesOfAsync(db, [id], ct), db.Clock);
    }

    private static async Task<NoContent> ResetPasswordAsync(
        Guid id, ResetPasswordRequest request, UserAccounts accounts, SuiteIdentityDbContext db, CancellationToken ct)
    {
        await accounts.ResetPasswordAsync(await FindAsync(db, id, ct), request.Password);
        return TypedResults.NoContent();
    }

    private static async Task<PagedResult<RoleDto>> ListRolesAsync(SuiteIdentityDbContext db, CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);
        var claims = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == PermissionClaim.Type).ToListAsync(ct);
        var items = roles.Select(r => new RoleDto(r.Id, r.Name!,
            claims.Where(c => c.RoleId == r.Id).Select(c => c.ClaimValue!).Order().ToList())).ToList();
        return new PagedResult<RoleDto>(items.Count, items);
    }

    private static async Task<SuiteUser> FindAsync(SuiteIdentityDbContext db, Guid id, CancellationToken ct) =>
        await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new EntityNotFoundException("User", id);

    private static async Task<ILookup<Guid, string>> RolesOfAsync(SuiteIdentityDbContext db, List<Guid> userIds, CancellationToken ct)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return pairs.ToLookup(p => p.UserId, p => p.Name!);
    }

    private static UserDto ToDto(SuiteUser u, ILookup<Guid, string> roles, TimeProvider clock) =>
        new(u.Id, u.UserName!, u.Email, roles[u.Id].Order().ToList(), u.Language, u.LockoutEnd > clock.GetUtcNow(),
            u.DisplayName, u.PhoneNumber, u.Position, u.SupervisorId, u.IsActive, u.LockoutEnd > clock.GetUtcNow() ? u.LockoutEnd : null,
            u.ConcurrencyStamp!);
}
