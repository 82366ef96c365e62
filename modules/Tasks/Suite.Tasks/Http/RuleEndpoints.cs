using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;
using Suite.Tasks.Application.Rules;

namespace Suite.Tasks.Http;

/// <summary>The automation rules: "when this happens, set that task".</summary>
internal static class RuleEndpoints
{
    public static void MapTaskRules(this IEndpointRouteBuilder endpoints)
    {
        var rules = endpoints.MapGroup("/api/tasks/rules").WithTags("Tasks").WithValidation()
            .RequirePermission(TasksPermissions.Rules.Manage)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        rules.MapGet("", (TaskRuleService service, CancellationToken ct) => service.ListAsync(ct))
            .WithName("GetTaskRules");
        rules.MapGet("/{id:guid}", (TaskRuleService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .WithName("GetTaskRule")
            .ProducesProblem(StatusCodes.Status404NotFound);
        rules.MapPost("", async Task<Created<TaskRuleDto>> (TaskRuleService service, TaskRuleInput input, CancellationToken ct) =>
            {
                var rule = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/tasks/rules/{rule.Id}", rule);
            })
            .WithName("CreateTaskRule")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        rules.MapPut("/{id:guid}", (TaskRuleService service, Guid id, TaskRuleInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .WithName("UpdateTaskRule")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        rules.MapDelete("/{id:guid}", async Task<NoContent> (TaskRuleService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteTaskRule")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
