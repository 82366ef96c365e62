using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Shouldly;
using Suite.Host.Hosting;
using Xunit;

namespace Suite.Host.Tests;

public sealed class RunModeTests
{
    /// <summary>
    /// An empty Suite:DataPath (`Suite__DataPath=` in a script) once put the key ring in a relative "keys"
    /// folder of the working directory, and a checkout committed its master key that way.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Should_Keep_Data_And_Keys_In_The_Default_Folder_Unless_A_Path_Is_Given(string? dataPath)
    {
        var root = Path.Combine(Path.GetTempPath(), "suite-root");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Suite:DataPath"] = dataPath, ["Suite:SqlitePath"] = dataPath })
            .Build();

        RunMode.DataPath(configuration, root).ShouldBe(Path.Combine(root, "data"));
        RunMode.From(configuration, root).Database.ConnectionString.ShouldContain(Path.Combine(root, "data", "suite.db"));
    }

    [Fact]
    public void Should_Use_The_Given_Data_Path()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Suite:DataPath"] = "/var/lib/suite" })
            .Build();

        RunMode.DataPath(configuration, "/opt/suite").ShouldBe("/var/lib/suite");
    }

    [Fact]
    public void The_Repository_Holds_No_Key_Ring()
    {
        var root = HostTests.RepositoryRoot();
        File.ReadAllLines(Path.Combine(root, ".gitignore")).ShouldContain("keys/");
        var tracked = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", ["-C", root, "ls-files"])
            { RedirectStandardOutput = true })!;
        var files = tracked.StandardOutput.ReadToEnd();
        tracked.WaitForExit();
        files.Split('\n').ShouldNotContain(f => Regex.IsMatch(f, @"(^|/)key-[0-9a-f-]{36}\.xml$"));
    }
}
