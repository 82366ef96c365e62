using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Docs.Data;
using Suite.Docs.Domain.Cards;
using Suite.Framework.Privacy;

namespace Suite.Docs.Application.Documents;

/// <summary>For a contact person's 152-FZ request: the documents made for their card and the files attached to it.</summary>
internal sealed class DocumentPersonalData(DocsDbContext db) : IPersonalDataSource
{
    public async Task<IReadOnlyList<PersonalDataSection>> ExportContactAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => d.EntityType == CardTypes.Contact && d.EntityId == contactId)
            .OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.EntityType == CardTypes.Contact && a.EntityId == contactId)
            .OrderBy(a => a.UploadedAt).ToListAsync(cancellationToken);
        List<PersonalDataSection> sections = [];
        if (documents.Count > 0)
            sections.Add(new("docs", "documents", documents.Select(d => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
            {
                ["number"] = d.Number, ["title"] = d.Title, ["kind"] = d.Kind, ["card"] = d.EntityTitle, ["fileName"] = d.FileName,
                ["createdAt"] = d.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            }).ToList()));
        if (attachments.Count > 0)
            sections.Add(new("docs", "attachments", attachments.Select(a => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
            {
                ["fileName"] = a.FileName, ["size"] = a.Size.ToString(CultureInfo.InvariantCulture),
                ["uploadedAt"] = a.UploadedAt.ToString("O", CultureInfo.InvariantCulture),
            }).ToList()));
        return sections;
    }
}
