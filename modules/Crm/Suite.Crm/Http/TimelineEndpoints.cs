using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Timeline;
using Suite.Framework.Errors;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class TimelineEndpoints
{
    public static void MapTimeline(this IEndpointRouteBuilder endpoints)
    {
        var timeline = endpoints.MapGroup("/api/crm/timeline").WithTags("Crm").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Reading needs the read permission of the card's entity type, checked by the service.
        timeline.MapGet("", (TimelineService service, [AsParameters] TimelineRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequireAuthorization()
            .WithName("GetTimeline")
            .ProducesValidationProblem();

        timeline.MapPost("/comments", async Task<Created<TimelineItemDto>> (TimelineService service, CommentInput input, CancellationToken ct) =>
                Created(await service.AddCommentAsync(input, ct)))
            .RequirePermission(CrmPermissions.Timeline.Write)
            .WithName("AddTimelineComment")
            .ProducesValidationProblem();

        timeline.MapPost("/calls", async Task<Created<TimelineItemDto>> (TimelineService service, CallInput input, CancellationToken ct) =>
                Created(await service.AddCallAsync(input, ct)))
            .RequirePermission(CrmPermissions.Timeline.Write)
            .WithName("AddTimelineCall")
            .ProducesValidationProblem();

        timeline.MapPost("/emails", async Task<Created<TimelineItemDto>> (TimelineService service, EmailInput input, CancellationToken ct) =>
                Created(await service.AddEmailAsync(input, ct)))
            .RequirePermission(CrmPermissions.Timeline.Write)
            .WithName("AddTimelineEmail")
            .ProducesValidationProblem();

        timeline.MapPost("/meetings", async Task<Created<TimelineItemDto>> (TimelineService service, MeetingInput input, CancellationToken ct) =>
                Created(await service.AddMeetingAsync(input, ct)))
            .RequirePermission(CrmPermissions.Timeline.Write)
            .WithName("AddTimelineMeeting")
            .ProducesValidationProblem();
    }

    /// <summary>An entry has no address of its own; it is read as part of its card's timeline.</summary>
    private static Created<TimelineItemDto> Created(TimelineItemDto item) =>
        TypedResults.Created($"/api/crm/timeline?entityType={item.EntityType}&entityId={item.EntityId}", item);
}
