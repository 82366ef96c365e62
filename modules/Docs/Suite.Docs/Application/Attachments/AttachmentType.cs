namespace Suite.Docs.Application.Attachments;

/// <summary>What the bytes of an upload turned out to be: the content type it is kept and served with.</summary>
internal sealed record AttachmentType(string ContentType, bool IsImage = false)
{
    public static readonly AttachmentType Pdf = new("application/pdf");
    public static readonly AttachmentType Png = new("image/png", IsImage: true);
    public static readonly AttachmentType Jpeg = new("image/jpeg", IsImage: true);
    public static readonly AttachmentType Gif = new("image/gif", IsImage: true);
    public static readonly AttachmentType Webp = new("image/webp", IsImage: true);
    public static readonly AttachmentType Bmp = new("image/bmp", IsImage: true);

    // SkiaSharp does not decode TIFF: kept and served, without a thumbnail.
    public static readonly AttachmentType Tiff = new("image/tiff");
    public static readonly AttachmentType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly AttachmentType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static readonly AttachmentType Pptx = new("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    public static readonly AttachmentType Doc = new("application/msword");
    public static readonly AttachmentType Xls = new("application/vnd.ms-excel");
    public static readonly AttachmentType Odt = new("application/vnd.oasis.opendocument.text");
    public static readonly AttachmentType Ods = new("application/vnd.oasis.opendocument.spreadsheet");
    public static readonly AttachmentType Odp = new("application/vnd.oasis.opendocument.presentation");
    public static readonly AttachmentType Rtf = new("application/rtf");
    public static readonly AttachmentType Zip = new("application/zip");
    public static readonly AttachmentType Text = new("text/plain; charset=utf-8");
    public static readonly AttachmentType Csv = new("text/csv; charset=utf-8");
}
