using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Permissions;

namespace Suite.Host.Identity;

/// <summary>
/// Every change to a user, each in one transaction with the Identity.User.* event it raises (so a module's copy
/// of people never misses a change nor sees one that rolled back). Changes that must end the user's sessions
/// (roles, disabling, passwords, logout) renew the security stamp, which <see cref="SessionStamps"/> checks.
/// </summary>
internal sealed class UserAccounts(
    UserManager<SuiteUser> users,
    RoleManager<SuiteRole> roleManager,
    SuiteIdentityDbContext db,
    SessionStamps sessions,
    ILogger<UserAccounts> logger)
{
    public async Task<SuiteUser> CreateAsync(
        string? userName, string? password, UserDetails details, IReadOnlyList<string>? roles, Guid? id = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(userName))
            errors["userName"] = [Text.Pick("Введите имя пользователя.", "Enter a user name.")];
        if (string.IsNullOrEmpty(password))
            errors["password"] = [Text.Pick("Введите пароль.", "Enter a password.")];
        var user = new SuiteUser { UserName = userName?.Trim(), EmailConfirmed = true };
        if (id is not null)
            user.Id = id.Value;
        await ValidateAsync(user, details, roles, errors, cancellationToken);

        return await InTransactionAsync(async () =>
        {
            Apply(user, details);
            var created = await users.CreateAsync(user, password!);
            if (created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
                throw new BusinessRuleException(UserErrors.DuplicateUserName,
                    Text.Pick($"Имя пользователя '{user.UserName}' уже занято.", $"The user name '{user.UserName}' is taken."));
            ThrowIfFailed(created);
            var roleNames = roles ?? [];
            ThrowIfFailed(await users.AddToRolesAsync(user, roleNames));
            db.Publish(UserEvents.Created(user, roleNames, db.Clock.GetUtcNow()));
            return user;
        }, cancellationToken);
    }

    /// <summary>Edits the person and, when <paramref name="roles"/> is given, replaces their roles.</summary>
    public async Task UpdateAsync(
        SuiteUser user, UserDetails details, IReadOnlyList<string>? roles, string? concurrencyStamp, CancellationToken cancellationToken)
    {
        if (concurrencyStamp is not null && concurrencyStamp != user.ConcurrencyStamp)
            throw new DbUpdateConcurrencyException("The user was changed by someone else.");
        var errors = new Dictionary<string, string[]>();
        await ValidateAsync(user, details, roles, errors, cancellationToken);

        await InTransactionAsync(async () =>
        {
            var current = await users.GetRolesAsync(user);
            List<string> removed = roles is null ? [] : current.Except(roles).ToList();
            List<string> added = roles is null ? [] : roles.Except(current).Distinct().ToList();
            if (removed.Contains(Roles.Admin) && user.IsActive)
                await RefuseLosingLastAdminAsync(user, cancellationToken);

            Apply(user, details);
            ThrowIfFailed(await users.UpdateAsync(user));
            if (removed.Count > 0 || added.Count > 0)
            {
                ThrowIfFailed(await users.RemoveFromRolesAsync(user, removed));
                ThrowIfFailed(await users.AddToRolesAsync(user, added));
                // The roles' permissions are in the user's token and cookie: they must sign in again to get the new ones.
                await EndSessionsAsync(user);
            }

            db.Publish(UserEvents.Updated(user, await users.GetRolesAsync(user), db.Clock.GetUtcNow()));
            return user;
        }, cancellationToken);
    }

    /// <summary>A user changes their own name.</summary>
    public async Task RenameAsync(SuiteUser user, string? fullName, CancellationToken cancellationToken)
    {
        if (fullName?.Trim().Length > SuiteUser.FullNameMaxLength)
            throw InputValidationException.For("fullName", TooLong(SuiteUser.FullNameMaxLength));
        await InTransactionAsync(async () =>
        {
            user.FullName = fullName?.Trim() ?? "";
            user.RefreshSearchText();
            ThrowIfFailed(await users.UpdateAsync(user));
            db.Publish(UserEvents.Updated(user, await users.GetRolesAsync(user), db.Clock.GetUtcNow()));
            return user;
        }, cancellationToken);
    }

    public async Task DisableAsync(SuiteUser user, Guid? actingUserId, CancellationToken cancellationToken)
    {
        if (user.Id == actingUserId)
            throw new BusinessRuleException(UserErrors.CannotDisableSelf,
                Text.Pick("Нельзя отключить собственную учётную запись.", "You cannot disable your own account."));
        if (!user.IsActive)
            return;

        await InTransactionAsync(async () =>
        {
            var roles = await users.GetRolesAsync(user);
            if (roles.Contains(Roles.Admin))
                await RefuseLosingLastAdminAsync(user, cancellationToken);
            user.IsActive = false;
            await EndSessionsAsync(user);
            db.Publish(UserEvents.Disabled(user, roles.ToList(), db.Clock.GetUtcNow()));
            return user;
        }, cancellationToken);
    }

    public async Task EnableAsync(SuiteUser user, CancellationToken cancellationToken)
    {
        if (user.IsActive)
            return;
        await InTransactionAsync(async () =>
        {
            user.IsActive = true;
            ThrowIfFailed(await users.UpdateAsync(user));
            db.Publish(UserEvents.Updated(user, await users.GetRolesAsync(user), db.Clock.GetUtcNow()));
            return user;
        }, cancellationToken);
    }

    /// <summary>Lifts a lockout after failed sign-ins (before its 15 minutes are over) and starts the failure count afresh.</summary>
    public async Task UnlockAsync(SuiteUser user)
    {
        ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null));
        ThrowIfFailed(await users.ResetAccessFailedCountAsync(user));
    }

    /// <summary>An admin sets a new password; the user's sessions end.</summary>
    public async Task ResetPasswordAsync(SuiteUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
            throw InputValidationException.For("password", Text.Pick("Введите пароль.", "Enter a password."));
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
            problems.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => e.Description));
        if (problems.Count > 0)
            throw new InputValidationException(new Dictionary<string, string[]> { ["password"] = problems.ToArray() });

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        await EndSessionsAsync(user);
    }

    /// <summary>A user changes their own password; every session of theirs ends (the caller may sign this one in again).</summary>
    public async Task ChangeOwnPasswordAsync(SuiteUser user, string? currentPassword, string? newPassword)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(currentPassword))
            errors["currentPassword"] = [Text.Pick("Введите текущий пароль.", "Enter the current password.")];
        if (string.IsNullOrEmpty(newPassword))
            errors["newPassword"] = [Text.Pick("Введите новый пароль.", "Enter a new password.")];
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var result = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            throw InputValidationException.For("currentPassword", Text.Pick("Текущий пароль неверен.", "The current password is wrong."));
        if (!result.Succeeded)
            throw new InputValidationException(new Dictionary<string, string[]>
            {
                ["newPassword"] = result.Errors.Select(e => e.Description).ToArray(),
            });
        sessions.Forget(user.Id); // ChangePasswordAsync renewed the security stamp
    }

    /// <summary>Renews the security stamp (saving the user): every token and cookie issued before stops working.</summary>
    public async Task EndSessionsAsync(SuiteUser user)
    {
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
        sessions.Forget(user.Id);
    }

    /// <summary>Writes a lockout to identity's audit log: whose account, until when, and from which address the last failure came.</summary>
    public async Task RecordLockoutAsync(SuiteUser user, string? address, CancellationToken cancellationToken)
    {
        var fields = new List<FieldChange>
        {
            new("userName", null, user.UserName),
            new("lockoutEnd", null, user.LockoutEnd?.ToString("O")),
            new("remoteAddress", null, address),
        };
        db.EntityChanges.Add(new EntityChange
        {
            EntityType = LockoutEntityType, EntityId = user.Id, Kind = EntityChangeKind.Updated, ChangedAt = db.Clock.GetUtcNow(),
            Changes = System.Text.Json.JsonSerializer.Serialize(fields, Suite.Framework.Events.EventSerializer.Options),
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("User {UserName} is locked out after repeated failed sign-ins, the last from {Address}", user.UserName, address);
    }

    /// <summary>The entity type of lockout rows in identity's audit log.</summary>
    public const string LockoutEntityType = "UserLockout";

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await change();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task RefuseLosingLastAdminAsync(SuiteUser user, CancellationToken cancellationToken)
    {
        var adminRole = await roleManager.FindByNameAsync(Roles.Admin);
        var otherActiveAdmin = await (from ur in db.UserRoles
                                      join u in db.Users on ur.UserId equals u.Id
                                      where ur.RoleId == adminRole!.Id && u.Id != user.Id && u.IsActive
                                      select u.Id).AnyAsync(cancellationToken);
        if (!otherActiveAdmin)
            throw new BusinessRuleException(UserErrors.LastAdmin, Text.Pick(
                "Это последний активный администратор: сначала назначьте другого.",
                "This is the last active admin: make someone else an admin first."));
    }

    private async Task ValidateAsync(
        SuiteUser user, UserDetails details, IReadOnlyList<string>? roles, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (details.FullName?.Trim().Length > SuiteUser.FullNameMaxLength)
            errors["fullName"] = [TooLong(SuiteUser.FullNameMaxLength)];
        if (!string.IsNullOrWhiteSpace(details.Email) && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(details.Email.Trim()))
            errors["email"] = [Text.Pick("Неверный адрес e-mail.", "This is not an e-mail address.")];
        if (details.Phone?.Trim().Length > UserDetails.PhoneMaxLength)
            errors["phone"] = [TooLong(UserDetails.PhoneMaxLength)];
        if (details.Position?.Trim().Length > SuiteUser.PositionMaxLength)
            errors["position"] = [TooLong(SuiteUser.PositionMaxLength)];
        if (details.SupervisorId is { } supervisorId && await SupervisorProblemAsync(user.Id, supervisorId, cancellationToken) is { } problem)
            errors["supervisorId"] = [problem];

        var unknown = new List<string>();
        foreach (var role in roles ?? [])
            if (!await roleManager.RoleExistsAsync(role))
                unknown.Add(role);
        if (unknown.Count > 0)
            errors["roles"] = [Text.Pick("Неизвестные роли: ", "Unknown roles: ") + string.Join(", ", unknown) + "."];
        if (errors.Count > 0)
            throw new InputValidationException(errors);
    }

    /// <summary>Not the user themself, an existing user, and not someone who already reports to the user (no cycles).</summary>
    private async Task<string?> SupervisorProblemAsync(Guid userId, Guid supervisorId, CancellationToken cancellationToken)
    {
        if (supervisorId == userId)
            return Text.Pick("Пользователь не может быть своим руководителем.", "A user cannot be their own supervisor.");
        if (!await db.Users.AnyAsync(u => u.Id == supervisorId, cancellationToken))
            return Text.Pick("Нет такого пользователя.", "There is no such user.");

        var chain = await db.Users.AsNoTracking().Where(u => u.SupervisorId != null)
            .Select(u => new { u.Id, u.SupervisorId }).ToDictionaryAsync(u => u.Id, u => u.SupervisorId!.Value, cancellationToken);
        var visited = new HashSet<Guid>();
        for (Guid? next = supervisorId; next is { } current && visited.Add(current); next = chain.TryGetValue(current, out var up) ? up : null)
            if (current == userId)
                return Text.Pick("Этот руководитель сам подчиняется пользователю.", "This supervisor reports to the user, directly or not.");
        return null;
    }

    private static void Apply(SuiteUser user, UserDetails details)
    {
        user.FullName = details.FullName?.Trim() ?? "";
        user.Email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim();
        user.PhoneNumber = string.IsNullOrWhiteSpace(details.Phone) ? null : details.Phone.Trim();
        user.Position = string.IsNullOrWhiteSpace(details.Position) ? null : details.Position.Trim();
        user.SupervisorId = details.SupervisorId;
        user.RefreshSearchText();
    }

    private static string TooLong(int max) => Text.Pick($"Не длиннее {max} символов.", $"At most {max} characters.");

    internal static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
            return;
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            throw new DbUpdateConcurrencyException("The user was changed by someone else.");
        throw new InputValidationException(result.Errors
            .GroupBy(e => e.Code.Contains("Password") ? "password" : e.Code.Contains("UserName") ? "userName" : e.Code.Contains("Email") ? "email" : "user")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
    }
}
