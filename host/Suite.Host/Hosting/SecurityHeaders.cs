namespace Suite.Host.Hosting;

/// <summary>
/// Headers that keep the browser from being turned against Suite's users: no MIME sniffing, no framing
/// (clickjacking), no full URLs leaking to other sites, and a Content-Security-Policy under which only
/// Suite's own scripts run. HSTS only in server mode: the embedded mode runs on http://localhost, where a
/// remembered HSTS entry would break every other local program on that name.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from Suite's origin, never inline (the Angular build inlines no script: critical-CSS
    /// inlining is off in angular.json for that reason). Styles may be inline because Angular puts each
    /// component's styles in a &lt;style&gt; element at run time. Frames may show blob: URLs: the template
    /// editor's preview is a PDF the app fetched (with the session) and shows from memory.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference page (/scalar) configures itself with an inline script; it shows the public
    /// contract only and calls nothing but this origin.
    /// </summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, RunMode mode)
    {
        if (!mode.IsEmbedded)
            app.UseHsts(); // https requests only (the forwarded scheme counts), never for localhost
        return app.Use((http, next) =>
        {
            // On starting, so error pages written after the exception handler cleared the headers get them too.
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/scalar") ? ApiReferencePolicy : ContentSecurityPolicy;
                return Task.CompletedTask;
            });
            return next();
        });
    }
}
