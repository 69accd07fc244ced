using Archive.Core.Search.Engine;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Archive.Web.Startup;

/// <summary>
/// The public pages (home, browse, speakers, organs, kinds, missions, agenda items, documents, search and its JSON twin
/// <c>/api/search</c>) are kept as sent and sent again to anonymous readers until the store changes: the cache key holds
/// the <see cref="StoreStamp"/>, so the first
/// request after any write renders afresh, in every instance. Search pages are keyed by their whole query string, and also
/// by how far the search index has got (<see cref="SearchEngine.Position"/>): a page rendered while the index was catching
/// up with a bulk import is not served once it has caught up. A search stopped at its deadline, or one the index could
/// not answer, is never kept. Nothing is cached for, or served to, a signed-in user. Every page shares one bounded cache
/// (<see cref="SizeLimit"/>): many distinct searches push out the least used entries, never past the bound.
/// </summary>
public static class PageCache
{
    public const string PolicyName = "public-pages";

    /// <summary>Page folders and pages whose GETs are cached; everything else (curation, accounts, search) never is.</summary>
    private static readonly string[] Folders = ["/Browse", "/Speakers", "/Organs", "/Kinds", "/Missions", "/Agenda"];

    private static readonly string[] Pages = ["/Index", "/Documents/Show", "/Documents/Cite"];

    /// <summary>The pages whose answer also depends on the search index: the search page and its JSON twin.</summary>
    private static readonly string[] SearchPages = ["/Search/Index", "/Search/Api"];

    public const string SearchPolicyName = "search-pages";

    /// <summary>What all cached pages together may hold, in bytes of response bodies.</summary>
    public const long SizeLimit = 64 * 1024 * 1024;

    public static void AddPageCache(this WebApplicationBuilder builder, string connectionString)
    {
        var stamp = new StoreStamp(connectionString);
        builder.Services.AddSingleton(stamp);
        builder.Services.AddOutputCache(cache =>
        {
            // The key changes with the store, so an entry outlives its use only by this; the citation's "accessed" date is
            // the one thing on a page that changes by itself.
            cache.DefaultExpirationTimeSpan = TimeSpan.FromMinutes(10);
            // Pages may answer differently by case ("cite.bib" is a download, "cite.BIB" a 404), so the key keeps it.
            cache.UseCaseSensitivePaths = true;
            // Bounds what the cache adds to the working set (500 MB in all on the UNGDC archive, docs/benchmarks.md).
            cache.SizeLimit = SizeLimit;
            cache.AddPolicy(PolicyName, new PublicPagePolicy(stamp, search: false));
            cache.AddPolicy(SearchPolicyName, new PublicPagePolicy(stamp, search: true));
        });
        builder.Services.PostConfigure<RazorPagesOptions>(pages =>
        {
            var cached = new OutputCacheAttribute { PolicyName = PolicyName };
            foreach (var folder in Folders)
                pages.Conventions.AddFolderApplicationModelConvention(folder, model => model.EndpointMetadata.Add(cached));
            foreach (var page in Pages)
                pages.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(cached));
            var searched = new OutputCacheAttribute { PolicyName = SearchPolicyName };
            foreach (var page in SearchPages)
                pages.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(searched));
        });
    }

    /// <summary>After authentication, so that the policy knows who is signed in.</summary>
    public static IApplicationBuilder UsePageCache(this IApplicationBuilder app) => app.UseOutputCache();

    /// <summary>The archive's own name for the sign-in cookie: a request that carries it is never answered from the cache.</summary>
    private const string AuthCookie = "archive.auth";

    private sealed class PublicPagePolicy(StoreStamp stamp, bool search) : IOutputCachePolicy
    {
        public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var request = http.Request;
            var anonymous = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && http.User.Identity?.IsAuthenticated != true
                && StringValues.IsNullOrEmpty(request.Headers.Authorization)
                && !request.Cookies.ContainsKey(AuthCookie);
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = anonymous;
            context.AllowCacheStorage = anonymous;
            context.AllowLocking = true;
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByHost = true;
            if (!anonymous)
                return;
            try
            {
                var store = await stamp.ReadAsync(cancellation);
                context.CacheVaryByRules.VaryByValues["store"] = store.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (search)
                {
                    // The index behind the store (a write since the last search): bring it up first, as the search would,
                    // so that the page is kept under the position it is rendered at.
                    var index = http.RequestServices.GetRequiredService<SearchEngine>();
                    if (index.Position < store)
                        await index.RefreshAsync(http.RequestServices.GetRequiredService<Archive.Core.Data.ArchiveDb>(), cancellation);
                    context.CacheVaryByRules.VaryByValues["index"] = index.Position.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or IOException || (search && ex is not OperationCanceledException))
            {
                // A store or index that cannot say where it stands (busy, being restored, no room for the index, an index that
                // could not catch up) gets the page rendered, which says what is wrong, and nothing kept.
                context.AllowCacheLookup = false;
                context.AllowCacheStorage = false;
            }
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        /// <summary>Only a plain 200 that sets no cookie and asks no one not to store it, rendered for nobody in particular.</summary>
        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            var cacheControl = response.Headers.CacheControl.ToString();
            if (response.StatusCode != StatusCodes.Status200OK
                || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
                || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
                || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
                || context.HttpContext.User.Identity?.IsAuthenticated == true)
                context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
    }
}
