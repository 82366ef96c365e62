using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Host.Tests;

/// <summary>The web app's first visit used to carry ~850 KB of uncompressed JavaScript, fetched again on every visit.</summary>
public sealed class StaticAssetsTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Should_Send_Bundles_Compressed_And_Let_Browsers_Keep_Them_For_A_Year(string encoding)
    {
        var client = host.Anonymous();
        var main = await MainBundleAsync(client);
        var plain = await client.GetAsync(main);
        plain.Content.Headers.ContentEncoding.ShouldBeEmpty();
        var original = await plain.Content.ReadAsByteArrayAsync();

        var request = new HttpRequestMessage(HttpMethod.Get, main);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", $"{encoding}, deflate");
        var compressed = await client.SendAsync(request);

        compressed.StatusCode.ShouldBe(HttpStatusCode.OK);
        compressed.Content.Headers.ContentEncoding.ShouldBe([encoding]);
        compressed.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        compressed.Headers.Vary.ShouldContain("Accept-Encoding");
        compressed.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
        var bytes = await compressed.Content.ReadAsByteArrayAsync();
        bytes.Length.ShouldBeLessThan(original.Length / 3);
        Decompress(bytes, encoding).ShouldBe(original);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/crm/companies")]
    public async Task Should_Have_Browsers_Revalidate_The_Page_That_Names_The_Bundles(string path)
    {
        var response = await host.Anonymous().GetAsync(path);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
        response.Headers.CacheControl.MaxAge.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Not_Serve_A_Compressed_Copy_Without_Its_Encoding()
    {
        var client = host.Anonymous();
        var main = await MainBundleAsync(client);

        (await client.GetAsync(main + ".br")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = new HttpRequestMessage(HttpMethod.Get, main);
        refused.Headers.TryAddWithoutValidation("Accept-Encoding", "br;q=0, gzip;q=0");
        (await client.SendAsync(refused)).Content.Headers.ContentEncoding.ShouldBeEmpty();
    }

    private static async Task<string> MainBundleAsync(HttpClient client)
    {
        var index = await client.GetStringAsync("/");
        var main = Regex.Match(index, "src=\"(main-[A-Za-z0-9_-]{8}\\.js)\"").Groups[1].Value;
        main.ShouldNotBeNullOrEmpty();
        return "/" + main;
    }

    private static byte[] Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
