using Shouldly;
using Suite.Framework.Modularity;
using Xunit;

namespace Suite.Framework.Tests;

public sealed class ModuleCatalogTests
{
    private sealed class Identity : SuiteModule;

    [DependsOn(typeof(Identity))]
    private sealed class Crm : SuiteModule;

    [DependsOn(typeof(Crm), typeof(Identity))]
    private sealed class Finance : SuiteModule;

    [DependsOn(typeof(Finance), typeof(Crm))]
    private sealed class App : SuiteModule;

    [DependsOn(typeof(Ping))]
    private sealed class Pong : SuiteModule;

    [DependsOn(typeof(Pong))]
    private sealed class Ping : SuiteModule;

    [Fact]
    public void Should_Order_Every_Module_After_What_It_Depends_On_Once()
    {
        var order = ModuleCatalog.From(typeof(App)).Modules.Select(m => m.GetType()).ToList();

        order.ShouldBe([typeof(Identity), typeof(Crm), typeof(Finance), typeof(App)]);
    }

    [Fact]
    public void Should_Refuse_Modules_That_Depend_On_Each_Other()
    {
        var error = Should.Throw<InvalidOperationException>(() => ModuleCatalog.From(typeof(Ping)));
        error.Message.ShouldContain("cycle");
    }
}
