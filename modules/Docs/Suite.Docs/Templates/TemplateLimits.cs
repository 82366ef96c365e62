namespace Suite.Docs.Templates;

/// <summary>
/// How far a template may go. A contract is a few pages: a thousand loop steps, recursion fifty deep, a megabyte of
/// text and two seconds are far beyond any honest document and small enough that a hostile one costs nothing.
/// </summary>
internal sealed record TemplateLimits(int LoopLimit = 1_000, int RecursionLimit = 50, int OutputLimit = 1_000_000, TimeSpan? Timeout = null)
{
    public static readonly TemplateLimits Default = new();

    public TimeSpan RenderTimeout => Timeout ?? TimeSpan.FromSeconds(2);
}
