using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Host.Tests;

public sealed class EndpointPolicyTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public void Every_Endpoint_Has_An_Explicit_Policy_Or_Is_Explicitly_Anonymous()
    {
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count.ShouldBeGreaterThan(10);
        endpoints.ShouldContain(e => e.RoutePattern.RawText!.StartsWith("/api/crm/companies"));

        var implicitEndpoints = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null
                        && !e.Metadata.OfType<AuthorizationPolicy>().Any())
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}")
            .ToList();

        implicitEndpoints.ShouldBeEmpty();
    }

    [Fact]
    public void Only_Sign_In_Web_Form_Submissions_Health_Api_Docs_And_The_Web_App_Are_Anonymous()
    {
        var anonymous = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText!)
            .Where(p => p.StartsWith("/api", StringComparison.Ordinal) || p.StartsWith("api", StringComparison.Ordinal))
            .Order()
            .ToList();

        anonymous.ShouldBe(["/api/{**path}", "/api/account/login", "/api/crm/web-forms/{formKey}/submit"]);
    }
}
