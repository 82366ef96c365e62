using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;
using Suite.Tasks.Application.Tasks;

namespace Suite.Tasks.Http;

/// <summary>Tasks, their actions, discussion and history, "My tasks" and the people picker.</summary>
internal static class TaskEndpoints
{
    public static void MapTasks(this IEndpointRouteBuilder endpoints)
    {
        var tasks = endpoints.MapGroup("/api/tasks").WithTags("Tasks").WithValidation()
            .RequirePermission(TasksPermissions.Tasks.Default)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        tasks.MapGet("", (TaskService service, [AsParameters] TaskListRequest request, CancellationToken ct) => service.ListAsync(request, ct))
            .WithName("GetTasks")
            .ProducesValidationProblem();
        tasks.MapGet("/my", (MyTasks my, CancellationToken ct) => my.GroupsAsync(ct))
            .WithName("GetMyTasks");
        tasks.MapGet("/my/counts", (MyTasks my, CancellationToken ct) => my.CountsAsync(ct))
            .WithName("GetMyTaskCounts");
        tasks.MapGet("/people", (TaskPeople people, string? filter, CancellationToken ct) => people.SearchAsync(filter, ct))
            .WithName("GetTaskPeople");
        tasks.MapGet("/{id:guid}", (TaskService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .WithName("GetTask")
            .ProducesProblem(StatusCodes.Status404NotFound);
        tasks.MapPost("", async Task<Created<TaskDto>> (TaskService service, TaskInput input, CancellationToken ct) =>
            {
                var task = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/tasks/{task.Id}", task);
            })
            .WithName("CreateTask")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        tasks.MapPut("/{id:guid}", (TaskService service, Guid id, TaskInput input, CancellationToken ct) => service.UpdateAsync(id, input, ct))
            .WithName("UpdateTask")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        tasks.MapDelete("/{id:guid}", async Task<NoContent> (TaskService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteTask")
            .ProducesProblem(StatusCodes.Status404NotFound);

        tasks.MapPost("/{id:guid}/start", (TaskService service, Guid id, CancellationToken ct) => service.StartAsync(id, ct))
            .WithName("StartTask").Action();
        tasks.MapPost("/{id:guid}/complete", (TaskService service, Guid id, CompleteTaskInput? input, CancellationToken ct) =>
                service.CompleteAsync(id, input ?? new CompleteTaskInput(null), ct))
            .WithName("CompleteTask").Action().ProducesValidationProblem();
        tasks.MapPost("/{id:guid}/reopen", (TaskService service, Guid id, CancellationToken ct) => service.ReopenAsync(id, ct))
            .WithName("ReopenTask").Action();
        tasks.MapPost("/{id:guid}/cancel", (TaskService service, Guid id, CancellationToken ct) => service.CancelAsync(id, ct))
            .WithName("CancelTask").Action();
        tasks.MapPost("/{id:guid}/postpone", (TaskService service, Guid id, PostponeTaskInput input, CancellationToken ct) =>
                service.PostponeAsync(id, input, ct))
            .WithName("PostponeTask").Action().ProducesValidationProblem();
        tasks.MapPost("/{id:guid}/reassign", (TaskService service, Guid id, ReassignTaskInput input, CancellationToken ct) =>
                service.ReassignAsync(id, input, ct))
            .WithName("ReassignTask").Action().ProducesValidationProblem();

        tasks.MapGet("/{id:guid}/comments", (TaskComments comments, Guid id, CancellationToken ct) => comments.ListAsync(id, ct))
            .WithName("GetTaskComments")
            .ProducesProblem(StatusCodes.Status404NotFound);
        tasks.MapPost("/{id:guid}/comments", async Task<Created<TaskCommentDto>> (TaskComments comments, Guid id, TaskCommentInput input, CancellationToken ct) =>
            {
                var comment = await comments.AddAsync(id, input, ct);
                return TypedResults.Created($"/api/tasks/{id}/comments", comment);
            })
            .WithName("AddTaskComment")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        tasks.MapGet("/{id:guid}/history", (TaskHistory history, Guid id, CancellationToken ct) => history.ListAsync(id, ct))
            .WithName("GetTaskHistory")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>An action on one task: 404 for a task the user does not see, 409 when its state does not allow it.</summary>
    private static RouteHandlerBuilder Action(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
