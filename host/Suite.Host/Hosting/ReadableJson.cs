using System.Text.Json;

namespace Suite.Host.Hosting;

/// <summary>JSON files people read (a backup's manifest, a person's data export): indented, "+" and Cyrillic as typed, never embedded in a page.</summary>
internal static class ReadableJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
