using Suite.Framework.Privacy;

// In the modules' own namespace for composition, so a module joins with one line and no import.
namespace Suite.Framework.Modularity;

public static class PersonalDataSourceRegistration
{
    /// <summary>Every <see cref="IPersonalDataSource"/> in the module's assembly answers a person's data request.</summary>
    public static ModuleServiceContext AddPersonalDataSources<TModule>(this ModuleServiceContext context) where TModule : SuiteModule =>
        context.AddEach<TModule, IPersonalDataSource>(type => new PersonalDataSourceType(type));
}
