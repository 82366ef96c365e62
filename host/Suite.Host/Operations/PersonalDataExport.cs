using System.Text.Json;
using Suite.Framework.Domain;
using Suite.Framework.Privacy;
using Suite.Framework.Users;

namespace Suite.Host.Operations;

/// <summary>Everything Suite holds about a contact person, in one file for their 152-FZ request.</summary>
public sealed record PersonalDataFile(
    Guid ContactId, DateTimeOffset ExportedAt, string? ExportedBy, IReadOnlyList<PersonalDataSection> Sections);

/// <summary>Asks every module that holds data about people for its part; Crm, which keeps the card, answers whether the contact exists.</summary>
internal sealed class PersonalDataExport(
    IServiceProvider services, IEnumerable<PersonalDataSourceType> sources, ICurrentUser user, TimeProvider clock)
{
    public async Task<Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult> ExportContactAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var sections = new List<PersonalDataSection>();
        // One after another: the sources share the request's scope (and Crm writes the request to its log).
        foreach (var source in sources)
            sections.AddRange(await ((IPersonalDataSource)services.GetRequiredService(source.Type)).ExportContactAsync(contactId, cancellationToken));
        if (!sections.Any(s => s.Kind == "contact"))
            throw new EntityNotFoundException("Contact", contactId);

        var file = new PersonalDataFile(contactId, clock.GetUtcNow(), user.UserName, sections);
        var json = JsonSerializer.SerializeToUtf8Bytes(file, Hosting.ReadableJson.Options);
        return TypedResults.File(json, "application/json", $"personal-data-{contactId:N}.json");
    }
}
