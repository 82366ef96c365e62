using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// The deal counters behind the board header, the funnel and the ranking: after a random mix of deal changes made
/// through the API by concurrent clients (create, edit amount and owner, move, switch pipeline, win, lose, reopen,
/// delete), the kept counters equal a full recount of the deals, row for row.
/// </summary>
public abstract class DealCounterTests(SuiteHost host, int changes, int clients)
{
    [Fact]
    public async Task Should_Keep_The_Counters_Equal_To_A_Recount_After_Random_Concurrent_Deal_Changes()
    {
        var (director, directorId) = await host.UserAsync("director");
        var (_, annaId) = await host.UserAsync("sales");
        var (_, borisId) = await host.UserAsync("sales");
        Guid[] owners = [directorId, annaId, borisId];
        var (pipeline, stages) = await BoardApi.PipelineAsync(director);
        var (other, otherStages) = await BoardApi.PipelineAsync(director);
        (Guid Pipeline, Guid Stage)[] openStages =
        [
            (pipeline, stages["Заявка"]), (pipeline, stages["Договор"]), (other, otherStages["Заявка"]), (other, otherStages["Договор"]),
        ];
        var company = await BoardApi.CompanyAsync(director, CrmApi.Unique("ООО Счётчик"));
        var reason = await CrmApi.IdOfAsync(director, "/api/crm/loss-reasons", "Дорого");

        var deals = new List<Guid>();
        var failures = 0;
        var left = changes;

        async Task ClientAsync(int seed)
        {
            var random = new Random(seed);
            // One HttpClient serves concurrent requests; each client is its own request loop.
            var http = director;
            while (Interlocked.Decrement(ref left) >= 0)
            {
                Guid? deal;
                lock (deals)
                    deal = deals.Count == 0 ? null : deals[random.Next(deals.Count)];
                var amount = random.Next(0, 100_000) / 100m;
                var (to, stage) = openStages[random.Next(openStages.Length)];
                var owner = owners[random.Next(owners.Length)];
                HttpResponseMessage response;
                var pick = deal is null ? 0 : random.Next(100);
                switch (pick)
                {
                    case < 25:
                        response = await http.PostAsJsonAsync("/api/crm/deals",
                            new { title = "Счётчик", companyId = company, pipelineId = to, stageId = stage, amount, ownerId = owner });
                        if (response.IsSuccessStatusCode)
                        {
                            var created = (await Json(response)).GetProperty("id").GetGuid();
                            lock (deals)
                                deals.Add(created);
                        }
                        break;
                    case < 40:
                        response = await http.PutAsJsonAsync($"/api/crm/deals/{deal}",
                            new { title = "Счётчик", companyId = company, amount, ownerId = owner });
                        break;
                    case < 50:
                        response = await http.PutAsJsonAsync($"/api/crm/deals/{deal}",
                            new { title = "Счётчик", companyId = company, amount, pipelineId = to, stageId = stage });
                        break;
                    case < 65:
                        response = await http.PostAsJsonAsync($"/api/crm/deals/{deal}/move",
                            new { stageId = openStages[random.Next(openStages.Length)].Stage });
                        break;
                    case < 75:
                        response = await http.PostAsync($"/api/crm/deals/{deal}/win", null);
                        break;
                    case < 85:
                        response = await http.PostAsJsonAsync($"/api/crm/deals/{deal}/lose", new { lossReasonId = reason });
                        break;
                    case < 94:
                        response = await http.PostAsync($"/api/crm/deals/{deal}/reopen", null);
                        break;
                    default:
                        response = await http.DeleteAsync($"/api/crm/deals/{deal}");
                        if (response.IsSuccessStatusCode)
                            lock (deals)
                                deals.Remove(deal!.Value);
                        break;
                }

                // Business refusals (a closed deal moved, a stage of the other pipeline, a deal already deleted,
                // two clients on one deal) are part of the mix; a server error is not.
                ((int)response.StatusCode).ShouldBeLessThan(500, await response.Content.ReadAsStringAsync());
                if (!response.IsSuccessStatusCode)
                    Interlocked.Increment(ref failures);
                response.Dispose();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => ClientAsync(i))));
        failures.ShouldBeLessThan(changes / 2);

        var admin = await host.AdminAsync();
        var rebuild = await admin.PostAsync("/api/crm/deals/counters/rebuild", null);
        rebuild.EnsureSuccessStatusCode();
        var found = await Json(rebuild);
        found.GetProperty("mismatched").GetInt32().ShouldBe(0);
        found.GetProperty("deals").GetInt64().ShouldBeGreaterThanOrEqualTo(deals.Count);

        // The board reads the counters: its header matches the deals list, column by column.
        var board = await BoardApi.BoardAsync(director, $"pipelineId={pipeline}");
        foreach (var (name, stageId) in stages)
        {
            var list = await Json(await director.GetAsync($"/api/crm/deals?pipelineId={pipeline}&stageId={stageId}&maxResultCount=1"));
            board[name].Count.ShouldBe(list.GetProperty("totalCount").GetInt64(), name);
        }

        // A second rebuild finds nothing to correct.
        (await Json(await admin.PostAsync("/api/crm/deals/counters/rebuild", null))).GetProperty("mismatched").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Should_Let_Only_Pipeline_Managers_Rebuild()
    {
        var (sales, _) = await host.UserAsync("sales");
        (await sales.PostAsync("/api/crm/deals/counters/rebuild", null)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
    }
}

public sealed class DealCounterTestsOnSqlite(SqliteHost host) : DealCounterTests(host, changes: 300, clients: 2), IClassFixture<SqliteHost>;

public sealed class DealCounterTestsOnPostgreSql(PostgreSqlHost host) : DealCounterTests(host, changes: 10_000, clients: 8), IClassFixture<PostgreSqlHost>;
