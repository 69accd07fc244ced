using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Archive.Core.Accounts;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Archive.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>
/// The real app on a fresh temporary store with the seeds imported at start-up: an SQLite file, or a PostgreSQL database in
/// the suite's PostgreSQL pass (<see cref="TestStore"/>).
/// </summary>
public class ArchiveWebFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;

    public ArchiveWebFactory()
        : this(TestStore.IsPostgres ? StoreProvider.PostgreSql : StoreProvider.Sqlite)
    {
    }

    /// <summary>The app on a store of the given kind, whatever the pass (internal: xunit wants one public constructor on a fixture).</summary>
    internal ArchiveWebFactory(StoreProvider provider)
    {
        _folder = Directory.CreateTempSubdirectory("archive-web-").FullName;
        ConnectionString = TestStore.CreateAsync(_folder, provider).GetAwaiter().GetResult();
    }

    /// <summary>The SQLite file (tests of the file itself run on SQLite only).</summary>
    public string DatabasePath => Path.Combine(_folder, "archive.db");

    public string ConnectionString { get; }

    /// <summary>The app's search index folder, in the test's folder on either store.</summary>
    public string SearchIndexPath => DatabasePath + ".search";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The app's own folder, so its appsettings.json applies as in production.
        builder.UseContentRoot(Path.Combine(RepositoryRoot(), "src", "Archive.Web"));
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Archive", ConnectionString);
        builder.UseSetting("Archive:SearchIndexPath", SearchIndexPath);
        builder.UseSetting("Archive:SeedsPath", Path.Combine(RepositoryRoot(), "seeds"));
        // Tests sign in many times from one address; the limit itself is tested with its own setting.
        builder.UseSetting("Archive:SignInAttemptsPerMinute", "10000");
        builder.UseStaticWebAssets();
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        using var client = CreateClient();
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The password of users made by <see cref="SignedInClientAsync"/>.</summary>
    public const string TestPassword = "Archive-Test-Pass-1";

    /// <summary>Creates a user with <paramref name="role"/> in the app's store and signs in through the real form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string role, string? email = null)
    {
        email = await CreateUserAsync(role, email);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await SubmitAsync(client, "/account/signin", "[data-test=signin-form]", new() { ["Email"] = email, ["Password"] = TestPassword });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}.");
        return client;
    }

    /// <summary>Creates a user with <see cref="TestPassword"/> directly in the app's store; returns the email.</summary>
    public async Task<string> CreateUserAsync(string role, string? email = null)
    {
        email ??= $"{role}-{Guid.NewGuid():N}@example.org";
        using var scope = Services.CreateScope();
        var problems = await scope.ServiceProvider.GetRequiredService<Administrators>().CreateUserAsync(email, TestPassword, role, CancellationToken.None);
        if (problems.Count > 0)
            throw new InvalidOperationException(string.Join(" ", problems));
        return email;
    }

    /// <summary>
    /// Fills and posts a form as a browser would: reads the page, keeps the form's own fields (the antiforgery token
    /// among them), sets <paramref name="values"/>, and posts to the form's action.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string pageUrl, string formSelector,
        Dictionary<string, string> values, string? button = null)
    {
        var html = await client.GetStringAsync(pageUrl);
        var form = new HtmlParser().ParseDocument(html).QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form {formSelector} on {pageUrl}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values.ContainsKey(name))
                continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                        fields.Add(new(name, input.Value));
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "file":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
            }
        }
        fields.AddRange(values);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        if (button is not null)
            target += (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + button;
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// Row counts of every table a write could touch, withdrawn documents and links included. A refused attempt by a
    /// signed-in user is itself audited, so such tests leave the audit log out.
    /// </summary>
    public async Task<string> CountsAsync(bool audit = true)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        return string.Join(", ",
            $"documents={await db.Documents.IgnoreQueryFilters().CountAsync()}",
            $"withdrawn={await db.Documents.IgnoreQueryFilters().CountAsync(d => d.WithdrawnAt != null)}",
            $"versions={await db.Documents.IgnoreQueryFilters().SumAsync(d => d.Version)}",
            $"originals={await db.OriginalFiles.IgnoreQueryFilters().CountAsync()}",
            $"speakers={await db.Speakers.CountAsync()}",
            $"aliases={await db.SpeakerAliases.CountAsync()}",
            $"links={await db.DocumentSpeakers.IgnoreQueryFilters().CountAsync()}",
            $"agenda={await db.AgendaItems.CountAsync()}",
            $"agendaTitles={string.Join('|', await db.AgendaItems.OrderBy(i => i.Id).Select(i => i.Title).ToListAsync())}",
            $"revisions={await db.Revisions.CountAsync()}",
            $"merges={await db.SpeakerMerges.CountAsync()}",
            $"users={await db.Users.CountAsync()}",
            $"userRoles={await db.UserRoles.CountAsync()}",
            $"locked={await db.Users.CountAsync(u => u.LockoutEnd != null)}",
            audit ? $"audit={await db.AuditEntries.CountAsync()}" : "");
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
        Archive.Core.Search.Engine.SearchEngine.Close(SearchIndexPath);
        TestStore.Drop(ConnectionString);
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
