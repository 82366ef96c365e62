using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.CustomFields;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class CustomFieldEndpoints
{
    public static void MapCustomFields(this IEndpointRouteBuilder endpoints)
    {
        var fields = endpoints.MapGroup("/api/crm/custom-fields").WithTags("Crm").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        fields.MapGet("", (CustomFieldService service, [AsParameters] CustomFieldListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(CrmPermissions.CustomFields.Default)
            .WithName("GetCustomFields")
            .ProducesValidationProblem();

        fields.MapGet("/{id:guid}", (CustomFieldService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(CrmPermissions.CustomFields.Default)
            .WithName("GetCustomField")
            .ProducesProblem(StatusCodes.Status404NotFound);

        fields.MapPost("", async Task<Created<CustomFieldDto>> (CustomFieldService service, CustomFieldInput input, CancellationToken ct) =>
            {
                var field = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/custom-fields/{field.Id}", field);
            })
            .RequirePermission(CrmPermissions.CustomFields.Manage)
            .WithName("CreateCustomField")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        fields.MapPut("/{id:guid}", (CustomFieldService service, Guid id, CustomFieldInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(CrmPermissions.CustomFields.Manage)
            .WithName("UpdateCustomField")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        fields.MapDelete("/{id:guid}", async Task<NoContent> (CustomFieldService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CrmPermissions.CustomFields.Manage)
            .WithName("DeleteCustomField")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
