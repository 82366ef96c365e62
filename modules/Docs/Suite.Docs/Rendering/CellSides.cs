namespace Suite.Docs.Rendering;

/// <summary>Which borders of a table cell are left open, so that cells in a column read as one (a row span).</summary>
[Flags]
internal enum CellSides { None = 0, Top = 1, Bottom = 2 }
