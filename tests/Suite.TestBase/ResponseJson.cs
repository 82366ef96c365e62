using System.Text.Json;

namespace Suite.TestBase;

/// <summary>Reads a response body as JSON, so tests assert on the wire format clients see, not on server types.</summary>
public static class ResponseJson
{
    public static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
