using System.Reflection;
using System.Text.RegularExpressions;
using Suite.Framework.Events;

namespace Suite.ArchitectureTests;

/// <summary>Integration events are sealed records with a stable wire name "Module.Aggregate.PastVerb".</summary>
public partial class IntegrationEventTests
{
    [Theory]
    [MemberData(nameof(Modules.AllPublishingWithHost), MemberType = typeof(Modules))]
    public void Events_Should_Be_Sealed_Records(string module)
    {
        var events = Etos(module);
        events.ShouldNotBeEmpty();

        foreach (var type in events)
        {
            type.IsSealed.ShouldBeTrue($"{type.FullName} is not sealed");
            IsRecord(type).ShouldBeTrue($"{type.FullName} is not a record");
            type.IsPublic.ShouldBeTrue($"{type.FullName} is not public");
            type.Namespace.ShouldBe($"Suite.{module}.Events");
        }
    }

    [Theory]
    [MemberData(nameof(Modules.AllPublishingWithHost), MemberType = typeof(Modules))]
    public void Events_Should_Be_Named_After_Their_Module_Aggregate_And_Past_Verb(string module)
    {
        var events = Etos(module);
        events.ShouldNotBeEmpty();

        foreach (var type in events)
        {
            var attribute = type.GetCustomAttribute<EventNameAttribute>(inherit: false);
            attribute.ShouldNotBeNull($"{type.FullName} has no [EventName]");

            var match = EventNameForm().Match(attribute.Name);
            match.Success.ShouldBeTrue($"{type.Name}: \"{attribute.Name}\" is not Module.Aggregate.PastVerb");
            match.Groups["module"].Value.ShouldBe(module, $"{type.Name}: \"{attribute.Name}\" names another module");
            // CompanyCreatedEto is "Crm.Company.Created": the type name and the wire name say the same thing. The type
            // may also start with its module where the aggregate alone is too common a word (StockDocumentPostedEto).
            var name = match.Groups["aggregate"].Value + match.Groups["verb"].Value + "Eto";
            type.Name.ShouldBeOneOf(name, module + name);
        }
    }

    [Fact]
    public void Event_Names_Should_Be_Unique_Across_Modules()
    {
        var names = Modules.Names.Concat(Modules.HostContracts).SelectMany(Etos)
            .Select(t => (Type: t.FullName, t.GetCustomAttribute<EventNameAttribute>()?.Name))
            .ToList();
        names.ShouldNotBeEmpty();

        var duplicates = names.GroupBy(n => n.Name).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(n => n.Type))}");
        duplicates.ShouldBeEmpty();
    }

    [Fact]
    public void Event_Rules_Should_Cover_Every_Module_That_Publishes()
    {
        Modules.Names.Where(m => Etos(m).Count > 0).Order(StringComparer.Ordinal)
            .ShouldBe(Modules.Publishing.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Event_Names_Should_Only_Be_Declared_In_Contracts(string module)
    {
        var implementation = Modules.Implementation(module).GetTypes();
        implementation.ShouldNotBeEmpty();
        implementation.Where(t => t.IsDefined(typeof(EventNameAttribute), false)).Select(t => t.FullName).ShouldBeEmpty();
    }

    /// <summary>
    /// The module's events: its …Eto types, less the parts of other events that are named so too (a deal's
    /// <c>DealLineEto</c>); a part that is also published on its own keeps its [EventName] and counts as an event.
    /// </summary>
    private static List<Type> Etos(string module)
    {
        var etos = Modules.Contracts(module).GetTypes()
            .Where(t => t.IsClass && t.Name.EndsWith("Eto", StringComparison.Ordinal))
            .ToList();
        var parts = etos.SelectMany(t => t.GetProperties()).SelectMany(p => TypesIn(p.PropertyType)).ToHashSet();
        return etos.Where(t => !parts.Contains(t) || t.IsDefined(typeof(EventNameAttribute), false)).ToList();
    }

    private static IEnumerable<Type> TypesIn(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(TypesIn).Prepend(type) : [type];

    // The compiler gives every record a protected EqualityContract property and a "<Clone>$" method.
    private static bool IsRecord(Type type) =>
        type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null
        && type.GetMethod("<Clone>$", BindingFlags.Instance | BindingFlags.Public) is not null;

    [GeneratedRegex(@"^(?<module>[A-Z][A-Za-z]*)\.(?<aggregate>[A-Z][A-Za-z]*)\.(?<verb>[A-Z][A-Za-z]*)$")]
    private static partial Regex EventNameForm();
}
