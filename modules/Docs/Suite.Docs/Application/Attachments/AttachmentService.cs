using Microsoft.EntityFrameworkCore;
using Suite.Docs.Application.Cards;
using Suite.Docs.Application.Documents;
using Suite.Docs.Data;
using Suite.Docs.Domain.Attachments;
using Suite.Framework.Domain;
using Suite.Framework.Paging;
using Suite.Framework.People;

namespace Suite.Docs.Application.Attachments;

/// <summary>
/// The attachments of a card and their files. Each goes through the card first: an attachment is seen by whoever may
/// see its card, and one on a card the user may not see is not found, exactly like a missing one.
/// </summary>
internal sealed class AttachmentService(DocsDbContext db, IFileStore files, CardDirectory cards)
{
    private static readonly SortMap<Attachment> Sorting = new SortMap<Attachment>("uploadedAt desc")
        .Add("uploadedAt", a => a.UploadedAt)
        .Add("fileName", a => a.FileName)
        .Add("size", a => a.Size);

    public async Task<PagedResult<AttachmentDto>> ListAsync(AttachmentListRequest request, CancellationToken cancellationToken)
    {
        var (entityType, entityId) = AttachmentCard.Require(request.EntityType, request.EntityId);
        await cards.GetVisibleAsync(entityType, entityId, cancellationToken);
        var attachments = db.Attachments.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == entityId);
        if (!string.IsNullOrWhiteSpace(request.Filter))
            attachments = attachments.Where(a => a.FileName.Contains(request.Filter));
        var page = await attachments.ToPageAsync(request, Sorting, Dto, cancellationToken);
        return await db.People.WithNamesAsync(page, a => a.UploadedBy, (a, name) => a with { UploadedByName = name }, cancellationToken);
    }

    public async Task<AttachmentFile> FileAsync(Guid id, CancellationToken cancellationToken)
    {
        var attachment = await VisibleAsync(id, cancellationToken);
        var content = await files.OpenReadAsync(attachment.Id, cancellationToken) ?? throw NotFound(id);
        return new AttachmentFile(content, attachment.ContentType, attachment.FileName);
    }

    /// <summary>The PNG preview of an image attachment; other attachments have none (404).</summary>
    public async Task<AttachmentFile> ThumbnailAsync(Guid id, CancellationToken cancellationToken)
    {
        var attachment = await VisibleAsync(id, cancellationToken);
        var content = attachment.ThumbnailId is { } thumbnailId ? await files.OpenReadAsync(thumbnailId, cancellationToken) : null;
        return new AttachmentFile(content ?? throw NotFound(id), "image/png", null);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var attachment = await VisibleAsync(id, cancellationToken);
        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(cancellationToken);
        // The row goes first: a failure now leaves bytes nobody refers to, never an attachment without its file.
        await files.DeleteAsync(attachment.Id, cancellationToken);
        if (attachment.ThumbnailId is { } thumbnailId)
            await files.DeleteAsync(thumbnailId, cancellationToken);
    }

    /// <summary>Just-uploaded attachments as the list shows them, with the uploader's name.</summary>
    public async Task<IReadOnlyList<AttachmentDto>> NamedAsync(IReadOnlyList<Attachment> attachments, CancellationToken cancellationToken) =>
        await db.People.WithNamesAsync(attachments.Select(Dto).ToList(), a => a.UploadedBy,
            (a, name) => a with { UploadedByName = name }, cancellationToken);

    private async Task<Attachment> VisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound(id);
        try
        {
            await cards.GetVisibleAsync(attachment.EntityType, attachment.EntityId, cancellationToken);
        }
        catch (EntityNotFoundException)
        {
            // Named as the attachment, not the card: the answer tells nothing about the card behind it.
            throw NotFound(id);
        }

        return attachment;
    }

    private static AttachmentDto Dto(Attachment a) =>
        new(a.Id, a.FileName, a.ContentType, a.Size, a.HasThumbnail, a.UploadedBy, null, a.UploadedAt);

    private static EntityNotFoundException NotFound(Guid id) => new(nameof(Attachment), id);
}
