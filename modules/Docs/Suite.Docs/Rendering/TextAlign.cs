namespace Suite.Docs.Rendering;

internal enum TextAlign { Left, Center, Right }
