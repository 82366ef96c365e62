using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Suite.Docs.Application.Cards;
using Suite.Docs.Application.Documents;
using Suite.Docs.Data;
using Suite.Docs.Domain.Attachments;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Users;

namespace Suite.Docs.Application.Attachments;

/// <summary>
/// Reads an upload (multipart: entityType, entityId, one or more file) as a stream, section by section, without the
/// form binding that would buffer it. Every file is spooled under the cap, then all are checked by content, and only
/// when every one passes are they stored: one refused file refuses the request.
/// </summary>
internal sealed class AttachmentUpload(
    DocsDbContext db, IFileStore files, CardDirectory cards, ICurrentUser user, AttachmentLimits limits, TimeProvider clock,
    AttachmentService attachments)
{
    private const string FilePart = "file";
    private const int MaxFieldLength = 100;

    public async Task<IReadOnlyList<AttachmentDto>> UploadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(Boundary(request), request.Body)
        {
            // Our own count cuts a file off at the cap with a 413; this is only the reader's backstop.
            BodyLengthLimit = limits.MaxAttachmentBytes + 1024 * 1024,
        };
        var spools = new List<AttachmentSpool>();
        try
        {
            string? entityType = null;
            string? entityIdText = null;
            var cardChecked = false;
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                    continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (disposition.IsFileDisposition())
                {
                    if (name != FilePart)
                        throw InputValidationException.For(FilePart, Text.Pick("Файлы передаются в поле «file».", "Files go in the 'file' field."));
                    if (spools.Count == AttachmentLimits.MaxFilesPerRequest)
                        throw InputValidationException.For(FilePart, Text.Pick(
                            $"Не больше {AttachmentLimits.MaxFilesPerRequest} файлов за раз.",
                            $"At most {AttachmentLimits.MaxFilesPerRequest} files at a time."));
                    // The card is checked as soon as it is known, so a stranger's upload stops before its bytes are read.
                    if (!cardChecked && entityType is not null && entityIdText is not null)
                    {
                        await CardAsync(entityType, entityIdText, cancellationToken);
                        cardChecked = true;
                    }

                    var fileName = AttachmentFileName.Sanitise(
                        HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value);
                    spools.Add(await AttachmentSpool.WriteAsync(section.Body, fileName, limits.MaxAttachmentBytes, cancellationToken));
                }
                else if (name is "entityType")
                    entityType = await FieldAsync(section, name, cancellationToken);
                else if (name is "entityId")
                    entityIdText = await FieldAsync(section, name, cancellationToken);
            }

            var (cardType, cardId) = await CardAsync(entityType, entityIdText, cancellationToken);
            if (spools.Count == 0)
                throw InputValidationException.For(FilePart, Text.Pick("Выберите хотя бы один файл.", "Choose at least one file."));

            var accepted = spools.Select(Check).ToList();
            var uploaded = new List<Attachment>();
            var now = clock.GetUtcNow();
            foreach (var (spool, type, thumbnail) in accepted)
            {
                var thumbnailId = thumbnail is null ? (Guid?)null : Guid.CreateVersion7();
                var attachment = new Attachment(cardType, cardId, spool.FileName, type.ContentType, spool.Size, spool.Sha256,
                    thumbnailId, user.Id!.Value, now);
                spool.Content.Position = 0;
                await files.SaveAsync(attachment.Id, spool.Content, cancellationToken);
                if (thumbnail is not null)
                    await files.SaveAsync(thumbnailId!.Value, thumbnail, cancellationToken);
                db.Attachments.Add(attachment);
                uploaded.Add(attachment);
            }

            await db.SaveChangesAsync(cancellationToken);
            return await attachments.NamedAsync(uploaded, cancellationToken);
        }
        finally
        {
            foreach (var spool in spools)
                await spool.DisposeAsync();
        }
    }

    /// <summary>The type found in the bytes and, for images, the thumbnail; refuses the file (and so the request) otherwise.</summary>
    private static (AttachmentSpool Spool, AttachmentType Type, byte[]? Thumbnail) Check(AttachmentSpool spool)
    {
        var type = AttachmentSniffer.Detect(spool.Content, spool.FileName);
        var thumbnail = type.IsImage ? AttachmentThumbnail.Make(spool.Content, spool.FileName) : null;
        return (spool, type, thumbnail);
    }

    private async Task<(string EntityType, Guid EntityId)> CardAsync(string? entityType, string? entityIdText, CancellationToken cancellationToken)
    {
        var card = AttachmentCard.Require(entityType, Guid.TryParse(entityIdText, out var id) ? id : null);
        await cards.GetVisibleAsync(card.EntityType, card.EntityId, cancellationToken);
        return card;
    }

    private static string Boundary(HttpRequest request)
    {
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            && HeaderUtilities.RemoveQuotes(type.Boundary).Value is { Length: > 0 and <= 70 } boundary)
            return boundary;
        throw InputValidationException.For(FilePart, Text.Pick(
            "Файлы отправляются формой multipart/form-data.", "Files are sent as a multipart/form-data form."));
    }

    private static async Task<string> FieldAsync(MultipartSection section, string name, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(section.Body, Encoding.UTF8);
        var buffer = new char[MaxFieldLength + 1];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        if (read > MaxFieldLength)
            throw InputValidationException.For(name, Text.Pick("Слишком длинное значение.", "The value is too long."));
        return new string(buffer, 0, read).Trim();
    }
}
