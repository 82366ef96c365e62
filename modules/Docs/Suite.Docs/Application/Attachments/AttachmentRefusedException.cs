using Microsoft.AspNetCore.Http;
using Suite.Framework.Localization;

namespace Suite.Docs.Application.Attachments;

/// <summary>An uploaded file Docs will not keep; the whole upload is refused with it (nothing of the request is stored).</summary>
internal sealed class AttachmentRefusedException(int status, string code, string title, string message) : Exception(message)
{
    public const string TooLargeCode = "Docs.Attachment.TooLarge";
    public const string TypeNotAllowedCode = "Docs.Attachment.TypeNotAllowed";

    public int Status { get; } = status;
    public string Code { get; } = code;
    public string Title { get; } = title;

    public static AttachmentRefusedException TooLarge(string fileName, long limit) => new(
        StatusCodes.Status413PayloadTooLarge, TooLargeCode, Text.Pick("Файл слишком большой.", "The file is too large."),
        Text.Pick($"Файл «{fileName}» больше допустимых {limit} байт ({Megabytes(limit)} МБ).",
            $"The file '{fileName}' is larger than the allowed {limit} bytes ({Megabytes(limit)} MB)."));

    /// <summary><paramref name="reason"/> is the bilingual why: "it is an executable program", "the zip unpacks to more than …".</summary>
    public static AttachmentRefusedException TypeNotAllowed(string fileName, string reason) => new(
        StatusCodes.Status422UnprocessableEntity, TypeNotAllowedCode, Text.Pick("Такой файл нельзя прикрепить.", "This file cannot be attached."),
        Text.Pick($"Файл «{fileName}» нельзя прикрепить: {reason}", $"The file '{fileName}' cannot be attached: {reason}"));

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#");
}
