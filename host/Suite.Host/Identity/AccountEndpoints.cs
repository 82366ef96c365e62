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

public sealed record MeDto(
    Guid Id, string UserName, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, string Language,
    string FullName, string? Email, string? Phone, string? Position);

/// <summary>What users may change about themselves.</summary>
public sealed record UpdateMeRequest(string? FullName);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

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

        account.MapPost("/logout", LogoutAsync)
            .RequireAuthorization()
            .WithName("Logout");

        account.MapGet("/me", MeAsync)
            .RequireAuthorization()
            .WithName("GetMe")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        account.MapPut("/me", UpdateMeAsync)
            .RequireAuthorization()
            .WithName("UpdateMe")
            .ProducesValidationProblem();

        account.MapPost("/change-password", ChangePasswordAsync)
            .RequireAuthorization()
            .WithName("ChangePassword")
            .ProducesValidationProblem();

        account.MapPut("/me/language", SetLanguageAsync)
            .RequireAuthorization()
            .WithName("SetMyLanguage")
            .ProducesValidationProblem();
    }

    /// <summary>With useCookies=true the browser gets the auth cookie; otherwise the body is a bearer token.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, bool? useCookies, HttpContext http, SignInManager<SuiteUser> signIn, UserManager<SuiteUser> users,
        UserAccounts accounts, LoginRateLimit rateLimit)
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
        var user = await users.FindByNameAsync(request.UserName.Trim());
        var wasLockedOut = user is not null && await users.IsLockedOutAsync(user);
        var result = user is null
            ? await signIn.PasswordSignInAsync(request.UserName.Trim(), request.Password, isPersistent: useCookies == true, lockoutOnFailure: true)
            : await signIn.PasswordSignInAsync(user, request.Password, isPersistent: useCookies == true, lockoutOnFailure: true);
        if (result.Succeeded)
            return TypedResults.Empty; // the sign-in handler has written the cookie or the token
        if (result.IsLockedOut && !wasLockedOut && user is not null)
            await accounts.RecordLockoutAsync(user, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", http.RequestAborted);

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
        return TypedResults.Ok(new MeDto(user.Id, user.UserName!, roleNames, permissions.ToList(), user.Language,
            user.DisplayName, user.Email, user.PhoneNumber, user.Position));
    }

    /// <summary>Ends the browser's cookie and every other token and cookie of the user (the security stamp changes).</summary>
    private static async Task<NoContent> LogoutAsync(
        ClaimsPrincipal principal, SignInManager<SuiteUser> signIn, UserManager<SuiteUser> users, UserAccounts accounts)
    {
        if (await users.GetUserAsync(principal) is { } user)
            await accounts.EndSessionsAsync(user);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, UnauthorizedHttpResult>> UpdateMeAsync(
        UpdateMeRequest request, ClaimsPrincipal principal, UserManager<SuiteUser> users, UserAccounts accounts, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
            return TypedResults.Unauthorized();
        await accounts.RenameAsync(user, request.FullName, ct);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Every other session of the user ends; a browser that changed it through its cookie gets a fresh cookie and stays
    /// signed in, a bearer client signs in again with the new password.
    /// </summary>
    private static async Task<Results<NoContent, UnauthorizedHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, HttpContext http, UserManager<SuiteUser> users, SignInManager<SuiteUser> signIn, UserAccounts accounts)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
            return TypedResults.Unauthorized();
        await accounts.ChangeOwnPasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!http.Request.Headers.ContainsKey("Authorization") && http.Request.Cookies.ContainsKey(IdentityModule.AuthCookie))
            await signIn.SignInAsync(user, isPersistent: true);

        return TypedResults.NoContent();
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
