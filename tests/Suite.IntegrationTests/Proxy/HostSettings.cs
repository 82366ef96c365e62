using Suite.TestBase;

namespace Suite.IntegrationTests.Proxy;

/// <summary>What every host of one deployment shares: the database, the broker (one exchange per database) and the data folder (the key ring).</summary>
internal sealed record HostSettings(string ConnectionString, string DataPath, bool DemoData)
{
    public IEnumerable<(string, string)> Environment()
    {
        yield return ("DOTNET_ENVIRONMENT", "Testing");
        yield return ("ASPNETCORE_ENVIRONMENT", "Testing");
        yield return ("ConnectionStrings__Suite", ConnectionString);
        yield return ("Suite__DataPath", DataPath);
        yield return ("Suite__AdminPassword", SuiteHost.AdminPassword);
        yield return ("Suite__DemoData", DemoData.ToString());
        yield return ("RabbitMq__Uri", TestEnvironment.RabbitMq);
        // Named after the database, as SuiteHost does, so hosts of other tests' databases never take these hosts' messages.
        yield return ("RabbitMq__Name", "suite-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(ConnectionString)))[..16].ToLowerInvariant());
        yield return ("EventBus__PollInterval", "00:00:00.200");
        yield return ("EventBus__RetryBaseDelay", "00:00:00.100");
        yield return ("Serilog__MinimumLevel__Default", "Warning");
    }
}
