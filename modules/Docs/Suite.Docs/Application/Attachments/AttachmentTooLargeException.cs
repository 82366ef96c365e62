using Suite.Framework.Localization;

namespace Suite.Docs.Application.Attachments;

/// <summary>A file that went past the cap while it streamed in: the upload is cut off there and answered 413, nothing of it kept.</summary>
internal sealed class AttachmentTooLargeException(string fileName, long limit) : Exception(Text.Pick(
    $"Файл «{fileName}» больше допустимых {limit} байт ({Megabytes(limit)} МБ).",
    $"The file '{fileName}' is larger than the allowed {limit} bytes ({Megabytes(limit)} MB)."))
{
    public const string Code = "Docs.Attachment.TooLarge";

    public static string Title => Text.Pick("Файл слишком большой.", "The file is too large.");

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#");
}
