using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace Archive.Web.Api;

/// <summary>
/// A JSON answer with a strong ETag (a hash of its bytes) and, when known, Last-Modified; a conditional GET whose
/// validator still holds gets 304 with no body.
/// </summary>
public static class Conditional
{
    // Served as JSON, never inside HTML, so "&" and quotes in links and titles can stay readable.
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Json<T>(HttpContext http, T body, DateTimeOffset? lastModified = null) =>
        Bytes(http, JsonSerializer.SerializeToUtf8Bytes(body, Options), "application/json; charset=utf-8", lastModified);

    public static IResult Bytes(HttpContext http, byte[] bytes, string contentType, DateTimeOffset? lastModified = null)
    {
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(1) };
        // HTTP dates have whole seconds; a finer stamp would never compare equal to the one the client sends back.
        var modified = lastModified is { } at ? new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero) : (DateTimeOffset?)null;
        if (modified is not null)
            headers.LastModified = modified;
        return NotModified(http.Request, etag, modified) ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(bytes, contentType);
    }

    private static bool NotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset? modified)
    {
        var headers = request.GetTypedHeaders();
        // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110, 13.1.3).
        if (headers.IfNoneMatch is { Count: > 0 } matches)
            return matches.Any(m => m.Equals(EntityTagHeaderValue.Any) || m.Compare(etag, useStrongComparison: false));
        return modified is { } at && headers.IfModifiedSince is { } since && at <= since;
    }
}
