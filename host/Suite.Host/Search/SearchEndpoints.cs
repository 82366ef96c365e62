namespace Suite.Host.Search;

internal static class SearchEndpoints
{
    public static void MapSearch(this IEndpointRouteBuilder endpoints) =>
        // Any signed-in user: each kind is asked only of users holding its module's read permission.
        endpoints.MapGet("/api/search", (GlobalSearch search, string? q, int? take, CancellationToken ct) => search.FindAsync(q, take, ct))
            .WithTags("Search")
            .WithName("Search")
            .RequireAuthorization()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
