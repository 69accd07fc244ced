using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Archive.Web.Startup;

/// <summary>Small limits for a read-mostly site: nothing here takes uploads yet, so bodies stay tiny.</summary>
public static class RequestLimits
{
    public static void Apply(KestrelServerOptions kestrel)
    {
        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxRequestBodySize = 64 * 1024;
        kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
        kestrel.Limits.MaxRequestHeaderCount = 50;
    }
}
