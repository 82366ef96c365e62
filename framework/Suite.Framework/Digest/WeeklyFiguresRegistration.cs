using Suite.Framework.Digest;

// In the modules' own namespace for composition, so a module joins the weekly digest with one line and no import.
namespace Suite.Framework.Modularity;

public static class WeeklyFiguresRegistration
{
    /// <summary>Every <see cref="IWeeklyFigures"/> in the module's assembly answers for the weekly digest.</summary>
    public static ModuleServiceContext AddWeeklyFigures<TModule>(this ModuleServiceContext context) where TModule : SuiteModule =>
        context.AddEach<TModule, IWeeklyFigures>(type => new WeeklyFiguresType(type));
}
