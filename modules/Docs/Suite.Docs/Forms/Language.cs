namespace Suite.Docs.Forms;

/// <summary>The language a printed form is in.</summary>
internal enum Language { Russian, English }
