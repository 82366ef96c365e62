using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Suite.Framework.Domain;
using Suite.Framework.Errors;
using Suite.Framework.Localization;
using Suite.Framework.Permissions;

namespace Suite.Host.Identity;

public sealed record LoginRequest(string? UserName, string? Password);

public sealed record MeDto(Guid Id, string UserName, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, string Language);

public sealed record SetLanguageRequest(string? Language);

internal static class AccountEndpoints
{
    public static readonly string[] Languages = ["ru", "en"];

    public static void MapAccount(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/api/account").WithTags("Account").WithValidation();

        account.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .WithName("Login")
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        account.MapPost("/logout", async Task<NoContent> (SignInManager<SuiteUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithName("Logout");

        account.MapGet("/me", MeAsync)
            .RequireAuthorization()
            .WithName("GetMe")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        account.MapPut("/me/language", SetLanguageAsync)
            .RequireAuthorization()
            .WithName("SetMyLanguage")
            .ProducesValidationProblem();
    }

    /// <summary>With useCookies=true the browser gets the auth cookie; otherwise the body is a bearer token.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, bool? useCookies, HttpContext http, SignInManager<SuiteUser> signIn, LoginRateLimit rateLimit)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
            throw new InputValidationException(new Dictionary<string, string[]>
            {
                [string.IsNullOrWhiteSpace(request.UserName) ? "userName" : "password"] =
                    [Text.Pick("Введите имя пользователя и пароль.", "Enter the user name and the password.")],
            });

        if (!rateLimit.TryAttempt(http, request.UserName))
            return LoginRateLimit.TooManyAttempts(http);

        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName.Trim(), request.Password, isPersistent: useCookies == true, lockoutOnFailure: true);
        if (result.Succeeded)
            return TypedResults.Empty; // the sign-in handler has written the cookie or the token

        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
            title: result.IsLockedOut
                ? Text.Pick("Учётная запись заблокирована после нескольких неудачных входов.", "The account is locked after repeated failed sign-ins.")
                : Text.Pick("Неверное имя пользователя или пароль.", "Wrong user name or password."),
            detail: result.IsLockedOut
                ? Text.Pick("Попробуйте через 15 минут или попросите администратора снять блокировку.", "Try again in 15 minutes or ask an administrator to unlock it.")
                : null);
    }

    private static async Task<Results<Ok<MeDto>, UnauthorizedHttpResult>> MeAsync(
        HttpContext http, ClaimsPrincipal principal, UserManager<SuiteUser> users, RoleManager<SuiteRole> roles)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
            return TypedResults.Unauthorized();

        var roleNames = (await users.GetRolesAsync(user)).Order().ToList();
        var permissions = new SortedSet<string>();
        foreach (var roleName in roleNames)
            if (await roles.FindByNameAsync(roleName) is { } role)
                foreach (var claim in await roles.GetClaimsAsync(role))
                    if (claim.Type == PermissionClaim.Type)
                        permissions.Add(claim.Value);

        Antiforgery.IssueToken(http);
        return TypedResults.Ok(new MeDto(user.Id, user.UserName!, roleNames, permissions.ToList(), user.Language));
    }

    private static async Task<Results<NoContent, UnauthorizedHttpResult>> SetLanguageAsync(
        SetLanguageRequest request, ClaimsPrincipal principal, UserManager<SuiteUser> users)
    {
        if (request.Language is null || !Languages.Contains(request.Language))
            throw InputValidationException.For("language", Text.Pick("Выберите один из языков: ", "Choose one of: ") + string.Join(", ", Languages) + ".");
        var user = await users.GetUserAsync(principal);
        if (user is null)
            return TypedResults.Unauthorized();
        user.Language = request.Language;
        await users.UpdateAsync(user);
        return TypedResults.NoContent();
    }
}
