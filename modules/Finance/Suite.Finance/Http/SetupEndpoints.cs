using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Finance.Application.Money;
using Suite.Finance.Application.Organisation;
using Suite.Finance.Application.Settings;
using Suite.Finance.Domain.Ledger;
using Suite.Finance.Domain.Money;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Finance.Http;

/// <summary>What an accountant sets up once: our organisation, the settings, the chart, articles, cash desks and bank accounts.</summary>
internal static class SetupEndpoints
{
    public static void MapFinanceSetup(this IEndpointRouteBuilder endpoints)
    {
        var finance = endpoints.MapGroup("/api/finance").WithTags("Finance").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        finance.MapGet("/organisation", (OrganisationService service, CancellationToken ct) => service.GetAsync(ct))
            .RequireAuthorization()
            .WithName("GetOrganisation");
        finance.MapPut("/organisation", (OrganisationService service, OrganisationInput input, CancellationToken ct) => service.UpdateAsync(input, ct))
            .RequirePermission(FinancePermissions.Settings.Manage)
            .WithName("UpdateOrganisation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        finance.MapGet("/settings", (FinanceSettingsService service, CancellationToken ct) => service.GetAsync(ct))
            .RequireAuthorization()
            .WithName("GetFinanceSettings");
        finance.MapPut("/settings", (FinanceSettingsService service, FinanceSettingsInput input, CancellationToken ct) => service.UpdateAsync(input, ct))
            .RequirePermission(FinancePermissions.Settings.Manage)
            .WithName("UpdateFinanceSettings")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        finance.MapGet("/chart-of-accounts", () => Accounts.Chart.Select(a => new ChartAccountDto(a.Code, a.Name)).ToList())
            .RequireAuthorization()
            .WithName("GetChartOfAccounts");

        MapAccounts(finance.MapGroup("/accounts"));
        MapArticles(finance.MapGroup("/categories"));
    }

    private static void MapAccounts(RouteGroupBuilder accounts)
    {
        accounts.MapGet("", (MoneyAccountService service, bool? includeArchived, CancellationToken ct) => service.ListAsync(includeArchived ?? false, ct))
            .RequirePermission(FinancePermissions.Payments.Default)
            .WithName("GetMoneyAccounts");
        accounts.MapGet("/{id:guid}", (MoneyAccountService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(FinancePermissions.Payments.Default)
            .WithName("GetMoneyAccount")
            .ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapPost("", async Task<Created<MoneyAccountDto>> (MoneyAccountService service, MoneyAccountInput input, CancellationToken ct) =>
            {
                var account = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/finance/accounts/{account.Id}", account);
            })
            .RequirePermission(FinancePermissions.Settings.Manage)
            .WithName("CreateMoneyAccount")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        accounts.MapPut("/{id:guid}", (MoneyAccountService service, Guid id, MoneyAccountInput input, CancellationToken ct) => service.UpdateAsync(id, input, ct))
            .RequirePermission(FinancePermissions.Settings.Manage)
            .WithName("UpdateMoneyAccount")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        accounts.MapDelete("/{id:guid}", async Task<NoContent> (MoneyAccountService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(FinancePermissions.Settings.Manage)
            .WithName("DeleteMoneyAccount")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapArticles(RouteGroupBuilder articles)
    {
        articles.MapGet("", (ArticleService service, ArticleKind? kind, CancellationToken ct) => service.ListAsync(kind, ct))
            .RequirePermission(FinancePermissions.Payments.Default)
            .WithName("GetFinanceCategories");
        articles.MapGet("/{id:guid}", (ArticleService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(FinancePermissions.Payments.Default)
            .WithName("GetFinanceCategory")
            .ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapPost("", async Task<Created<ArticleDto>> (ArticleService service, ArticleInput input, CancellationToken ct) =>
            {
                var article = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/finance/categories/{article.Id}", article);
            })
            .RequirePermission(FinancePermissions.Settings.Manage)
            .WithName("CreateFinanceCategory")
            .ProducesValidationProblem();
        articles.MapPut("/{id:guid}", (ArticleService service, Guid id, ArticleInput input, CancellationToken ct) => service.UpdateAsync(id, input, ct))
            .RequirePermission(FinancePermissions.Settings.Manage)
            .WithName("UpdateFinanceCategory")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        articles.MapDelete("/{id:guid}", async Task<NoContent> (ArticleService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(FinancePermissions.Settings.Manage)
            .WithName("DeleteFinanceCategory")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

internal sealed record ChartAccountDto(string Code, string Name);
