using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Contacts;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class ContactEndpoints
{
    public static void MapContacts(this IEndpointRouteBuilder endpoints)
    {
        var contacts = endpoints.MapGroup("/api/crm/contacts").WithTags("Crm").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        contacts.MapGet("", (ContactService service, [AsParameters] ContactListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(CrmPermissions.Contacts.Default)
            .WithName("GetContacts")
            .ProducesValidationProblem();

        contacts.MapGet("/{id:guid}", (ContactService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(CrmPermissions.Contacts.Default)
            .WithName("GetContact")
            .ProducesProblem(StatusCodes.Status404NotFound);

        contacts.MapPost("", async Task<Created<ContactDto>> (ContactService service, ContactInput input, CancellationToken ct) =>
            {
                var contact = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/contacts/{contact.Id}", contact);
            })
            .RequirePermission(CrmPermissions.Contacts.Create)
            .WithName("CreateContact")
            .ProducesValidationProblem();

        contacts.MapPut("/{id:guid}", (ContactService service, Guid id, ContactInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Contacts.Edit)
            .WithName("UpdateContact")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        contacts.MapDelete("/{id:guid}", async Task<NoContent> (ContactService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CrmPermissions.Contacts.Delete)
            .WithName("DeleteContact")
            .ProducesProblem(StatusCodes.Status404NotFound);

        // A 152-FZ request: the person's data goes, the card stays for the books (ContactPersonalData).
        contacts.MapPost("/{id:guid}/erase-personal-data", async Task<NoContent> (ContactPersonalData personalData, Guid id, CancellationToken ct) =>
            {
                await personalData.EraseAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CrmPermissions.Contacts.ErasePersonalData)
            .WithName("EraseContactPersonalData")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
