using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Core.Data;
using Archive.Web.Api;
using Archive.Web.Pages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Discovery;

/// <summary>
/// robots.txt and the sitemap for search engines: /sitemap.xml is an index of pages of at most Archive:SitemapPageSize
/// document addresses each (the protocol allows 50,000), plus one of the browsing pages.
/// </summary>
public static class DiscoveryEndpoints
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static readonly string[] BrowsingPages = ["/", "/browse", "/speakers", "/organs", "/agenda", "/kinds", "/missions", "/browse/undated"];

    public static void MapArchiveDiscovery(this WebApplication app)
    {
        var size = Math.Clamp(app.Configuration.GetValue("Archive:SitemapPageSize", 10_000), 1, 50_000);
        app.MapGet("/robots.txt", (HttpContext http) => Results.Text($"""
            User-agent: *
            Disallow: /curate
            Disallow: /Curate
            Disallow: /admin
            Disallow: /Admin
            Disallow: /account
            Disallow: /search/export
            Allow: /

            Sitemap: {Canonical.Absolute(http.Request, "/sitemap.xml")}

            """, "text/plain; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/sitemap.xml", async (HttpContext http, ArchiveDb db, CancellationToken ct) =>
        {
            var pages = (await db.Documents.CountAsync(ct) + size - 1) / size;
            return Xml(http, w =>
            {
                w.WriteStartElement("sitemapindex", SitemapNs);
                Entry(w, "sitemap", Canonical.Absolute(http.Request, "/sitemaps/pages.xml"), null);
                for (var page = 1; page <= pages; page++)
                    Entry(w, "sitemap", Canonical.Absolute(http.Request, string.Create(CultureInfo.InvariantCulture, $"/sitemaps/documents-{page}.xml")), null);
                w.WriteEndElement();
            });
        }).RequireRateLimiting(ApiServices.RateLimitPolicy).ExcludeFromDescription();
        app.MapGet("/sitemaps/pages.xml", (HttpContext http) => Xml(http, w =>
        {
            w.WriteStartElement("urlset", SitemapNs);
            foreach (var path in BrowsingPages)
                Entry(w, "url", Canonical.Absolute(http.Request, path), null);
            w.WriteEndElement();
        })).ExcludeFromDescription();
        app.MapGet("/sitemaps/documents-{page}.xml", async (HttpContext http, string page, ArchiveDb db, ChangeCache cache, CancellationToken ct) =>
        {
            if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
                return Problems.NotFound("Sitemap pages are numbered from 1; /sitemap.xml lists them.");
            // By id, so a page keeps its documents as the archive grows; a page past the end is not found.
            var documents = (await cache.GetAsync(db, ct)).Where(d => !d.Withdrawn).OrderBy(d => d.Id)
                .Skip((int)Math.Min((long)(number - 1) * size, int.MaxValue)).Take(size).ToList();
            if (documents.Count == 0)
                return Problems.NotFound("There is no such sitemap page; /sitemap.xml lists them.");
            return Xml(http, w =>
            {
                w.WriteStartElement("urlset", SitemapNs);
                foreach (var d in documents)
                    Entry(w, "url", Canonical.Absolute(http.Request, "/documents/" + d.Slug), d.LastChange);
                w.WriteEndElement();
            });
        }).RequireRateLimiting(ApiServices.RateLimitPolicy).ExcludeFromDescription();
    }

    private static void Entry(XmlWriter w, string element, string location, DateTimeOffset? changed)
    {
        w.WriteStartElement(element, SitemapNs);
        w.WriteElementString("loc", SitemapNs, location);
        if (changed is { } at)
            w.WriteElementString("lastmod", SitemapNs, at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    private static IResult Xml(HttpContext http, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            w.WriteStartDocument();
            write(w);
        }
        return Conditional.Bytes(http, stream.ToArray(), "application/xml; charset=utf-8");
    }
}
