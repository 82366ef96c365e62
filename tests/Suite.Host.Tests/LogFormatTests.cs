using Microsoft.Extensions.Configuration;
using Shouldly;
using Suite.Host.Hosting;
using Xunit;

namespace Suite.Host.Tests;

/// <summary>
/// A person at a terminal reads the embedded mode's logs; a collector reads the server's (docs/operations-metrics.md).
/// The server's JSON lines themselves are checked on a real process in Suite.IntegrationTests' ServerTelemetryTests.
/// </summary>
public sealed class LogFormatTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("Host=db;Database=suite", null, true)]
    [InlineData(null, "json", true)]
    [InlineData("Host=db;Database=suite", "text", false)]
    [InlineData("Host=db;Database=suite", "JSON", true)]
    public void Should_Log_Text_When_Embedded_And_Json_In_Server_Mode_Unless_Told(string? postgres, string? format, bool json)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Suite"] = postgres,
            [Logs.FormatSetting] = format,
            ["Suite:DataPath"] = Path.Combine(Path.GetTempPath(), "suite-logs"),
        }).Build();

        Logs.AreJson(configuration, RunMode.From(configuration, Path.GetTempPath())).ShouldBe(json);
    }
}
