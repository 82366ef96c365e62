namespace Suite.Docs.Rendering;

/// <summary>Something that places itself on the pages and may break across them (a table).</summary>
internal interface IBlock
{
    void Flow(PageFlow flow);
}
