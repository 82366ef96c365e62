using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Suite.Crm.Application.Leads;
using Suite.Framework.Errors;
using Suite.Framework.Permissions;

namespace Suite.Crm.Http;

internal static class LeadEndpoints
{
    public static void MapLeads(this IEndpointRouteBuilder endpoints)
    {
        var leads = endpoints.MapGroup("/api/crm/leads").WithTags("Crm").WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        leads.MapGet("", (LeadService service, [AsParameters] LeadListRequest request, CancellationToken ct) =>
                service.ListAsync(request, ct))
            .RequirePermission(CrmPermissions.Leads.Default)
            .WithName("GetLeads")
            .ProducesValidationProblem();

        leads.MapGet("/{id:guid}", (LeadService service, Guid id, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(CrmPermissions.Leads.Default)
            .WithName("GetLead")
            .ProducesProblem(StatusCodes.Status404NotFound);

        leads.MapPost("", async Task<Created<LeadDto>> (LeadService service, LeadInput input, CancellationToken ct) =>
            {
                var lead = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/leads/{lead.Id}", lead);
            })
            .RequirePermission(CrmPermissions.Leads.Create)
            .WithName("CreateLead")
            .ProducesValidationProblem();

        leads.MapPut("/{id:guid}", (LeadService service, Guid id, LeadInput input, CancellationToken ct) =>
                service.UpdateAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Leads.Edit)
            .WithName("UpdateLead")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        leads.MapDelete("/{id:guid}", async Task<NoContent> (LeadService service, Guid id, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(CrmPermissions.Leads.Delete)
            .WithName("DeleteLead")
            .ProducesProblem(StatusCodes.Status404NotFound);

        leads.MapPost("/{id:guid}/junk", (LeadService service, Guid id, JunkLeadInput input, CancellationToken ct) =>
                service.MarkJunkAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Leads.Edit)
            .WithName("MarkLeadJunk")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        leads.MapGet("/{id:guid}/convert-preview", (LeadService service, Guid id, CancellationToken ct) =>
                service.PreviewConversionAsync(id, ct))
            .RequirePermission(CrmPermissions.Leads.Edit)
            .WithName("PreviewLeadConversion")
            .ProducesProblem(StatusCodes.Status404NotFound);

        leads.MapPost("/{id:guid}/convert", (LeadService service, Guid id, ConvertLeadInput input, CancellationToken ct) =>
                service.ConvertAsync(id, input, ct))
            .RequirePermission(CrmPermissions.Leads.Edit)
            .WithName("ConvertLead")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
