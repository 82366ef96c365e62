using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;

namespace Suite.Tasks.Application.Projects;

/// <summary>The project list: paging, sorting (name, deadline, createdAt), filter by name, archived ones on request.</summary>
internal sealed class ProjectListRequest : PageRequest
{
    [FromQuery(Name = "includeArchived")] public bool? IncludeArchived { get; set; }
}
