using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>The real app on a fresh, migrated temporary SQLite file with the seeds imported at start-up.</summary>
public class ArchiveWebFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-web-").FullName;

    public string DatabasePath => Path.Combine(_folder, "archive.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The app's own folder, so its appsettings.json applies as in production.
        builder.UseContentRoot(Path.Combine(RepositoryRoot(), "src", "Archive.Web"));
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Archive", $"Data Source={DatabasePath}");
        builder.UseSetting("Archive:SeedsPath", Path.Combine(RepositoryRoot(), "seeds"));
        builder.UseStaticWebAssets();
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        using var client = CreateClient();
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The permalink path of the document imported from <paramref name="fileName"/> ("/documents/…").</summary>
    public async Task<string> PermalinkOfFileAsync(string fileName)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        return "/documents/" + await db.Documents.Where(d => d.Original!.FileName == fileName).Select(d => d.Slug).SingleAsync();
    }

    /// <summary>Imports a further document through the app's own loader and returns its permalink path.</summary>
    public async Task<string> ImportAsync(string fileName, string text)
    {
        using var scope = Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<DocumentLoader>()
            .ImportAsync(System.Text.Encoding.UTF8.GetBytes(text), fileName, "test", CancellationToken.None);
        if (result.Status != ImportStatus.Imported)
            throw new InvalidOperationException($"{fileName} was not imported: {result.Status}");
        return "/documents/" + result.Slug;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Archive.sln not found above " + AppContext.BaseDirectory);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Only a stray temp folder is left if a file is still open.
        }
    }
}
