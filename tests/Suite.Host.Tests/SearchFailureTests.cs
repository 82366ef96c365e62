using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Crm;
using Suite.Framework.Data;
using Suite.Framework.Search;
using Suite.TestBase;
using Xunit;
using static Suite.Host.Tests.SearchSteps;

namespace Suite.Host.Tests;

/// <summary>One module failing or hanging does not fail the search: the others' results come back, and the answer names the missing kinds.</summary>
public sealed class SearchFailureTests(SearchFailureTests.BrokenSourcesHost host) : IClassFixture<SearchFailureTests.BrokenSourcesHost>
{
    [Fact]
    public async Task Should_Return_The_Other_Modules_Results_When_One_Fails_And_One_Hangs()
    {
        var admin = await host.AdminAsync();
        var word = UniqueWord();
        await CreatedAsync(admin, "/api/crm/companies", new { name = $"Компания {word}" });

        await SearchAsync(admin, word); // the first search compiles every source's query: not what is measured here
        var started = DateTime.UtcNow;
        var (groups, unavailable) = await SearchAsync(admin, word);

        groups.Titles("company").ShouldBe([$"Компания {word}"]);
        unavailable.ShouldBe(["broken", "hanging"]);
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(10), "the hanging source is given up after its timeout");
    }

    public sealed class BrokenSourcesHost() : SuiteHost(DatabaseProvider.Sqlite)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:SourceTimeout", "00:00:02");
            builder.ConfigureServices(services =>
            {
                foreach (var type in new[] { typeof(BrokenSource), typeof(HangingSource) })
                {
                    services.AddScoped(type);
                    services.AddSingleton(new SearchSourceType(type));
                }
            });
        }
    }

    private sealed class BrokenSource : ISearchSource
    {
        public string Kind => "broken";
        public string Permission => CrmPermissions.Companies.Default;

        public Task<IReadOnlyList<SearchHit>> FindAsync(SearchTerm term, int take, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The module's database is gone.");
    }

    private sealed class HangingSource : ISearchSource
    {
        public string Kind => "hanging";
        public string Permission => CrmPermissions.Companies.Default;

        public async Task<IReadOnlyList<SearchHit>> FindAsync(SearchTerm term, int take, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return [];
        }
    }
}
