using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Framework.Errors;

/// <summary>The one place where exceptions become RFC 7807 problem details, so every module answers errors alike.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            FluentValidation.ValidationException e => Validation(e.Errors
                .GroupBy(f => CamelCase(f.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray())),
            InputValidationException e => Validation(e.Errors.ToDictionary(p => p.Key, p => p.Value)),
            BadHttpRequestException e => new ProblemDetails
            {
                Status = e.StatusCode, Title = Text.Pick("Не удалось прочитать запрос.", "The request could not be read."), Detail = e.Message,
            },
            EntityNotFoundException e => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound, Title = Text.Pick("Не найдено.", "Not found."), Detail = e.Message,
            },
            AccessDeniedException e => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden, Title = Text.Pick("Недостаточно прав.", "Forbidden."), Detail = e.Message,
            },
            UnprocessableContentException e => Problem(StatusCodes.Status422UnprocessableEntity,
                Text.Pick("Содержимое нельзя обработать.", "The content cannot be processed."), e.Code, e.Message, e.Extensions),
            BusinessRuleException e => Conflict(e.Code, e.Message, e.Extensions),
            DbUpdateConcurrencyException => Conflict(ErrorCodes.ConcurrencyStale, Text.Pick(
                "Запись изменил кто-то другой после того, как вы её открыли. Обновите её и внесите изменения заново.",
                "Someone else changed this record after you opened it. Reload it and apply your change again.")),
            DbUpdateException e when DatabaseErrors.IsUniqueViolation(e) => Conflict(ErrorCodes.Duplicate, Text.Pick(
                "Запись с таким же уникальным значением уже есть.", "A record with the same unique value already exists.")),
            DbUpdateException e when DatabaseErrors.IsForeignKeyViolation(e) => Conflict(ErrorCodes.ReferenceGone, Text.Pick(
                "Связанную запись удалили, пока вы её меняли. Обновите страницу.",
                "A record this change refers to was deleted meanwhile. Reload the page.")),
            _ when DatabaseErrors.IsLostRace(exception) => Conflict(ErrorCodes.ConcurrencyStale, Text.Pick(
                "Эту запись в тот же момент менял кто-то другой. Обновите её и повторите.",
                "Someone else was changing this record at the same moment. Reload it and try again.")),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
            return false;
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http, ProblemDetails = problem, Exception = exception,
        });
    }

    private static ProblemDetails Validation(Dictionary<string, string[]> errors) =>
        new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest, Title = Text.Pick("Поля заполнены с ошибками.", "One or more fields are invalid."),
        };

    private static ProblemDetails Conflict(string code, string detail, IReadOnlyDictionary<string, object?>? extensions = null) =>
        Problem(StatusCodes.Status409Conflict,
            Text.Pick("Операция противоречит текущему состоянию.", "The operation conflicts with the current state."), code, detail, extensions);

    private static ProblemDetails Problem(int status, string title, string code, string detail, IReadOnlyDictionary<string, object?>? extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } };
        foreach (var (name, value) in extensions ?? new Dictionary<string, object?>())
            problem.Extensions[name] = value;
        return problem;
    }

    private static string CamelCase(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
