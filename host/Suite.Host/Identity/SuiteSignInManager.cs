using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Suite.Host.Identity;

/// <summary>A disabled user cannot sign in, and a cookie issued before they were disabled stops being accepted.</summary>
internal sealed class SuiteSignInManager(
    UserManager<SuiteUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<SuiteUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<SuiteUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<SuiteUser> confirmation)
    : SignInManager<SuiteUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(SuiteUser user) => user.IsActive && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(SuiteUser? user, string? securityStamp) =>
        user is { IsActive: true } && await base.ValidateSecurityStampAsync(user, securityStamp);
}
