using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Tasks.Application.Projects;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Tasks.Http;

/// <summary>Projects: read by whoever works with tasks (their own and those they belong to), written with Tasks.Projects.</summary>
internal static class ProjectEndpoints
{
    public static void MapProjects(this IEndpointRouteBuilder endpoints)
    {
        var projects = endpoints.MapGroup("/api/tasks/projects").WithTags("Tasks").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        projects.MapGet("", (ProjectService service, [AsParameters] ProjectListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(TasksPermissions.Tasks.Default)
            .WithName("GetProjects")
            .ProducesValidationProblem();

        projects.MapGet("/{id:guid}", (ProjectService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(TasksPermissions.Tasks.Default)
            .WithName("GetProject")
            .ProducesProblem(StatusCodes.Status404NotFound);

        projects.MapPost("", async Task<Created<ProjectDto>> (ProjectService service, ProjectInput input, CancellationToken ct) =>
            {
                var project = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/tasks/projects/{project.Id}", project);
            })
            .RequirePermission(TasksPermissions.Projects.Manage)
            .WithName("CreateProject")
            .ProducesValidationProblem();

        projects.MapPut("/{id:guid}", (ProjectService service, Guid id, ProjectInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(TasksPermissions.Projects.Manage)
            .WithName("UpdateProject")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        projects.MapDelete("/{id:guid}", async Task<NoContent> (ProjectService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(TasksPermissions.Projects.Manage)
            .WithName("DeleteProject")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
