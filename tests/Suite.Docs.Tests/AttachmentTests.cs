using System.Net;
using System.Security.Cryptography;
using Shouldly;
using SkiaSharp;
using Suite.Framework.Data;
using Suite.TestBase;
using Xunit;
using static Suite.Docs.Tests.AttachmentApi;
using static Suite.Docs.Tests.AttachmentSamples;

namespace Suite.Docs.Tests;

/// <summary>Files on a card: typed by their bytes, thumbnails for images, dangerous and oversized files refused, the card's owner rule.</summary>
public abstract class AttachmentTests(SuiteHost host)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string TypeNotAllowed = "Docs.Attachment.TypeNotAllowed";

    [Fact]
    public async Task Should_Keep_Several_Files_From_One_Upload_With_The_Types_Their_Bytes_Show()
    {
        var (anna, annaId) = await host.UserAsync("sales");
        var company = await CompanyCardAsync(anna);
        var pdf = Pdf();

        var uploaded = await UploadedAsync(anna, company,
            ("Договор.pdf", pdf), ("Фото окна.png", Png()), ("Спецификация.docx", Docx()), ("Смета.csv", Csv()));

        uploaded.Select(a => (a.GetProperty("fileName").GetString(), a.GetProperty("contentType").GetString())).ShouldBe([
            ("Договор.pdf", "application/pdf"), ("Фото окна.png", "image/png"), ("Спецификация.docx", DocxType),
            ("Смета.csv", "text/csv; charset=utf-8"),
        ]);
        uploaded.Select(a => a.GetProperty("hasThumbnail").GetBoolean()).ShouldBe([false, true, false, false]);
        uploaded.ShouldAllBe(a => a.GetProperty("uploadedBy").GetGuid() == annaId);
        uploaded[0].GetProperty("size").GetInt64().ShouldBe(pdf.Length);

        var listed = await AttachmentsAsync(anna, company);
        listed.Count.ShouldBe(4);
        listed.ShouldAllBe(a => !string.IsNullOrEmpty(a.GetProperty("uploadedByName").GetString()));

        var download = await anna.GetAsync($"/api/docs/attachments/{uploaded[0].GetProperty("id").GetGuid()}/file");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("Договор.pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        SHA256.HashData(await download.Content.ReadAsByteArrayAsync()).ShouldBe(SHA256.HashData(pdf));
    }

    [Fact]
    public async Task Should_Make_A_Thumbnail_Of_An_Image_No_Longer_Than_256_Pixels()
    {
        var (anna, _) = await host.UserAsync("sales");
        var company = await CompanyCardAsync(anna);
        var image = (await UploadedAsync(anna, company, ("Фасад.png", Png(800, 400)))).Single();

        var response = await anna.GetAsync($"/api/docs/attachments/{image.GetProperty("id").GetGuid()}/thumbnail");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        using var thumbnail = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        thumbnail.ShouldNotBeNull();
        (thumbnail.Width, thumbnail.Height).ShouldBe((256, 128));

        var pdf = (await UploadedAsync(anna, company, ("Счёт.pdf", Pdf()))).Single();
        (await anna.GetAsync($"/api/docs/attachments/{pdf.GetProperty("id").GetGuid()}/thumbnail")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string> DangerousFiles => new()
    {
        { "executable", "Счёт.pdf" },
        { "elf", "report" },
        { "svg", "logo.svg" },
        { "html", "readme.txt" },
        { "script", "install.txt" },
        { "zip bomb", "archive.zip" },
        { "nested zip bomb", "42.zip" },
        { "image bomb", "photo.png" },
    };

    [Theory]
    [MemberData(nameof(DangerousFiles))]
    public async Task Should_Refuse_A_Dangerous_File_And_Keep_Nothing(string kind, string fileName)
    {
        var (anna, _) = await host.UserAsync("sales");
        var company = await CompanyCardAsync(anna);
        var content = kind switch
        {
            "executable" => WindowsExecutable(),
            "elf" => LinuxExecutable(),
            "svg" => SvgWithScript(),
            "html" => Html(),
            "script" => ShellScript(),
            "zip bomb" => ZipBomb(),
            "nested zip bomb" => NestedZipBomb(),
            "image bomb" => DecompressionBombPng(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        await ShouldBeRefusedAsync(await UploadAsync(anna, company, (fileName, content)),
            HttpStatusCode.UnprocessableEntity, TypeNotAllowed, fileName);
        (await AttachmentsAsync(anna, company)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Keep_A_Zip_Holding_One_Zip()
    {
        var (anna, _) = await host.UserAsync("sales");
        var company = await CompanyCardAsync(anna);

        var zip = (await UploadedAsync(anna, company, ("Сканы.zip", ZipInZip()))).Single();

        zip.GetProperty("contentType").GetString().ShouldBe("application/zip");
    }

    [Fact]
    public async Task Should_Keep_None_Of_An_Upload_When_One_Of_Its_Files_Is_Refused()
    {
        var (anna, _) = await host.UserAsync("sales");
        var company = await CompanyCardAsync(anna);

        await ShouldBeRefusedAsync(await UploadAsync(anna, company, ("Договор.pdf", Pdf()), ("setup.pdf", WindowsExecutable())),
            HttpStatusCode.UnprocessableEntity, TypeNotAllowed, "setup.pdf");

        (await AttachmentsAsync(anna, company)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Cut_Off_A_File_Over_25_Megabytes_While_It_Streams_And_Keep_Nothing()
    {
        var (anna, _) = await host.UserAsync("sales");
        var company = await CompanyCardAsync(anna);
        // 30 MB made as it is sent, so neither side ever holds it whole; it looks like a PDF to the end.
        var huge = new StreamContent(new GeneratedStream("%PDF-1.4\n"u8.ToArray(), 30L * 1024 * 1024));

        var response = await anna.PostAsync("/api/docs/attachments", Form(company, ("Большой.pdf", (HttpContent)huge)));

        await ShouldBeRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "Docs.Attachment.TooLarge", "Большой.pdf");
        (await response.Content.ReadAsStringAsync()).ShouldContain("26214400");
        (await AttachmentsAsync(anna, company)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Answer_404_For_Attachments_Of_Another_Managers_Card()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var (director, _) = await host.UserAsync("director");
        var company = await CompanyCardAsync(anna);
        var image = (await UploadedAsync(anna, company, ("Фото.png", Png()))).Single().GetProperty("id").GetGuid();

        (await UploadAsync(boris, company, ("Чужой.pdf", Pdf()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.GetAsync(ListUrl(company))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.GetAsync($"/api/docs/attachments/{image}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.GetAsync($"/api/docs/attachments/{image}/thumbnail")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.DeleteAsync($"/api/docs/attachments/{image}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AttachmentsAsync(director, company)).ShouldHaveSingleItem();
        (await host.Anonymous().GetAsync($"/api/docs/attachments/{image}/file")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Delete_An_Attachment_With_Its_File_And_Thumbnail()
    {
        var (anna, _) = await host.UserAsync("sales");
        var company = await CompanyCardAsync(anna);
        var image = (await UploadedAsync(anna, company, ("Фото.png", Png()))).Single().GetProperty("id").GetGuid();

        (await anna.DeleteAsync($"/api/docs/attachments/{image}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await AttachmentsAsync(anna, company)).ShouldBeEmpty();
        (await anna.GetAsync($"/api/docs/attachments/{image}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anna.GetAsync($"/api/docs/attachments/{image}/thumbnail")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Ask_For_The_Card_And_A_File()
    {
        var (anna, _) = await host.UserAsync("sales");
        var company = await CompanyCardAsync(anna);

        (await anna.GetAsync("/api/docs/attachments")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anna.GetAsync($"/api/docs/attachments?entityType=spaceship&entityId={company}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await UploadAsync(anna, company)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var withoutCard = new MultipartFormDataContent { { new ByteArrayContent(Pdf()), "file", "Договор.pdf" } };
        (await anna.PostAsync("/api/docs/attachments", withoutCard)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Keep_The_Name_Without_Its_Path_Or_Hidden_Characters()
    {
        var (anna, _) = await host.UserAsync("sales");
        var company = await CompanyCardAsync(anna);

        var kept = (await UploadedAsync(anna, company, ("../../etc/Счёт\u202Efdp.txt", Csv()))).Single();

        kept.GetProperty("fileName").GetString().ShouldBe("Счётfdp.txt");
    }

    /// <summary>A stream of <paramref name="length"/> bytes, a header then spaces, produced as it is read.</summary>
    private sealed class GeneratedStream(byte[] header, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
                buffer[offset + i] = _position + i < header.Length ? header[_position + i] : (byte)' ';
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class AttachmentTestsOnSqlite(SqliteHost host) : AttachmentTests(host), IClassFixture<SqliteHost>;

public sealed class AttachmentTestsOnPostgreSql(PostgreSqlHost host) : AttachmentTests(host), IClassFixture<PostgreSqlHost>;
