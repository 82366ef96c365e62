using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.WebForms;
using Suite.Framework.Errors;
using Suite.Framework.Paging;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class WebFormEndpoints
{
    public static void MapWebForms(this IEndpointRouteBuilder endpoints)
    {
        var forms = endpoints.MapGroup("/api/crm/web-forms").WithTags("Crm");
        var manage = forms.MapGroup("").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        manage.MapGet("", (WebFormService service, [AsParameters] PageRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(CrmPermissions.WebForms.Manage)
            .WithName("GetWebForms")
            .ProducesValidationProblem();

        manage.MapGet("/{id:guid}", (WebFormService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(CrmPermissions.WebForms.Manage)
            .WithName("GetWebForm")
            .ProducesProblem(StatusCodes.Status404NotFound);

        manage.MapPost("", async Task<Created<WebFormDto>> (WebFormService service, WebFormInput input, CancellationToken ct) =>
            {
                var form = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/web-forms/{form.Id}", form);
            })
            .RequirePermission(CrmPermissions.WebForms.Manage)
            .WithName("CreateWebForm")
            .ProducesValidationProblem();

        manage.MapPut("/{id:guid}", (WebFormService service, Guid id, WebFormInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(CrmPermissions.WebForms.Manage)
            .WithName("UpdateWebForm")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        manage.MapDelete("/{id:guid}", async Task<NoContent> (WebFormService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CrmPermissions.WebForms.Manage)
            .WithName("DeleteWebForm")
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Websites post here from anywhere: no sign-in, any origin, a limit per address. The body is validated
        // inside, after the honeypot, so a robot cannot tell a caught submission from an accepted one.
        forms.MapPost("/{formKey}/submit", async Task<Accepted<WebFormSubmitResultDto>> (
                    WebFormService service, string formKey, WebFormSubmission input, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, await service.SubmitAsync(formKey, input, ct)))
            .AllowAnonymous()
            .RequireRateLimiting(WebFormSubmitRateLimit.Policy)
            .RequireCors(cors => cors.AllowAnyOrigin().AllowAnyHeader().WithMethods("POST"))
            .WithName("SubmitWebForm")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }
}
