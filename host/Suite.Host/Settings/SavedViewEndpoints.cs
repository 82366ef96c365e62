namespace Suite.Host.Settings;

internal static class SavedViewEndpoints
{
    public static void MapSavedViews(this IEndpointRouteBuilder endpoints)
    {
        // Every signed-in user keeps views of the lists they see; the rule of who sees and changes which is in the service.
        var views = endpoints.MapGroup("/api/views").WithTags("Views").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        views.MapGet("", (SavedViewService service, string? list, CancellationToken ct) => service.ListAsync(list, ct))
            .WithName("GetSavedViews");

        views.MapPost("", async (SavedViewService service, SavedViewInput input, CancellationToken ct) =>
            {
                var view = await service.CreateAsync(input, ct);
                return Results.Created($"/api/views/{view.Id}", view);
            })
            .WithName("CreateSavedView")
            .Produces<SavedViewDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        views.MapPut("/{id:guid}", (SavedViewService service, Guid id, SavedViewInput input, CancellationToken ct) => service.UpdateAsync(id, input, ct))
            .WithName("UpdateSavedView")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        views.MapDelete("/{id:guid}", async (SavedViewService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return Results.NoContent();
            })
            .WithName("DeleteSavedView")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
