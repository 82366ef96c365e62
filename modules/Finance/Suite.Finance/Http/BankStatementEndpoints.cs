using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Suite.Finance.Application.BankStatements;
using Suite.Framework.Errors;
using Suite.Framework.Localization;
using Suite.Framework.Permissions;

namespace Suite.Finance.Http;

/// <summary>Bank statement import and the review of the lines that wait for the accountant.</summary>
internal static class BankStatementEndpoints
{
    public static void MapBankStatements(this IEndpointRouteBuilder endpoints)
    {
        var statements = endpoints.MapGroup("/api/finance/bank-statements").WithTags("Finance").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        statements.MapGet("", (BankStatementReview review, [AsParameters] BankStatementListRequest request, CancellationToken ct) =>
                review.ListAsync(request, ct))
            .RequirePermission(FinancePermissions.Payments.Default)
            .WithName("GetBankStatements")
            .ProducesValidationProblem();

        // The browser's own antiforgery check (X-XSRF-TOKEN) covers this form post like every other one.
        statements.MapPost("/import", async Task<Results<Ok<ImportResultDto>, ProblemHttpResult>> (BankStatementImport import, IFormFile? file,
                    [FromForm(Name = "accountId")] Guid? accountId, CancellationToken ct) =>
                {
                    try
                    {
                        return TypedResults.Ok(await import.ImportAsync(file, accountId, ct));
                    }
                    catch (StatementDoesNotAddUpException e)
                    {
                        var extensions = new Dictionary<string, object?>(e.Figures) { ["code"] = StatementDoesNotAddUpException.Code };
                        return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity,
                            title: Text.Pick("Выписка не сходится.", "The statement does not add up."), extensions: extensions);
                    }
                })
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .RequirePermission(FinancePermissions.Payments.Edit)
            .WithName("ImportBankStatement")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        statements.MapGet("/lines", (BankStatementReview review, [AsParameters] BankStatementLineListRequest request, CancellationToken ct) =>
                review.LinesAsync(request, ct))
            .RequirePermission(FinancePermissions.Payments.Default)
            .WithName("GetBankStatementLines")
            .ProducesValidationProblem();
        statements.MapGet("/lines/{id:guid}", (BankStatementReview review, Guid id, CancellationToken ct) => review.GetLineAsync(id, ct))
            .RequirePermission(FinancePermissions.Payments.Default)
            .WithName("GetBankStatementLine")
            .ProducesProblem(StatusCodes.Status404NotFound);
        statements.MapPost("/lines/{id:guid}/match", (BankStatementReview review, Guid id, MatchLineInput input, CancellationToken ct) =>
                review.MatchAsync(id, input, ct))
            .RequirePermission(FinancePermissions.Payments.Edit)
            .WithName("MatchBankStatementLine")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        statements.MapPost("/lines/{id:guid}/assign", (BankStatementReview review, Guid id, AssignLineInput input, CancellationToken ct) =>
                review.AssignAsync(id, input, ct))
            .RequirePermission(FinancePermissions.Payments.Edit)
            .WithName("AssignBankStatementLine")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
