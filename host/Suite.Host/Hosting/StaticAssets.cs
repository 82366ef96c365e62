using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Suite.Host.Hosting;

/// <summary>
/// Serves the Angular build: the Brotli or gzip copy that `npm run build` wrote next to a file
/// (angular/scripts/precompress.mjs) when the browser accepts it, hashed bundles cached for a year (a new
/// build has new names), everything else (index.html, translations) revalidated on each visit, so a new
/// version shows up at once.
/// </summary>
internal static partial class StaticAssets
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    private static readonly (string Encoding, string Extension)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>Options for the static files and for the SPA fallback to index.html, so both set caching the same way.</summary>
    public static StaticFileOptions Options { get; } = new()
    {
        ContentTypeProvider = new PrecompressedContentTypes(),
        OnPrepareResponse = context =>
        {
            var headers = context.Context.Response.Headers;
            headers.CacheControl = IsHashed(context.File.Name) ? Immutable : Revalidate;
            if (context.Context.Items.ContainsKey(typeof(StaticAssets)))
                headers.Vary = HeaderNames.AcceptEncoding;
        },
    };

    public static IApplicationBuilder UseStaticAssets(this IApplicationBuilder app)
    {
        var files = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        app.Use((http, next) =>
        {
            var path = http.Request.Path.Value;
            if (path is null || !Path.HasExtension(path) || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
                return next();
            if (Encodings.Any(e => path.EndsWith(e.Extension, StringComparison.Ordinal)))
            {
                // Only ever sent with its Content-Encoding: on its own it would reach the browser as garbled script.
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            if (files.GetFileInfo(path).Exists)
            {
                http.Items[typeof(StaticAssets)] = true; // this file has compressed copies or may have: caches must vary
                var accepted = http.Request.GetTypedHeaders().AcceptEncoding;
                foreach (var (encoding, extension) in Encodings)
                {
                    if (!accepted.Any(a => a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0)
                        || !files.GetFileInfo(path + extension).Exists)
                        continue;
                    http.Request.Path = path + extension;
                    http.Response.Headers.ContentEncoding = encoding;
                    break;
                }
            }
            return next();
        });
        app.UseDefaultFiles();
        return app.UseStaticFiles(Options);
    }

    /// <summary>Angular names a bundle name-HASH.js with an 8-character hash (main-BD5Q2REB.js, chunk-5ok_GdPF.js).</summary>
    private static bool IsHashed(string fileName) => HashedName().IsMatch(fileName);

    [GeneratedRegex(@"-[A-Za-z0-9_-]{8}\.(js|css|woff2?|ttf|svg|png|jpe?g|webp)(\.br|\.gz)?$")]
    private static partial Regex HashedName();

    /// <summary>main.js.br is JavaScript to the browser; its Content-Encoding says how it travels.</summary>
    private sealed class PrecompressedContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider _types = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, extension) in Encodings)
                if (subpath.EndsWith(extension, StringComparison.Ordinal))
                    return _types.TryGetContentType(subpath[..^extension.Length], out contentType!);
            return _types.TryGetContentType(subpath, out contentType!);
        }
    }
}
