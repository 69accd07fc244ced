using Archive.Core;
using Archive.Web.Startup;

var builder = WebApplication.CreateBuilder(args);

builder.AddArchiveReliability();
var store = ArchiveDatabase.ConnectionString(builder);
builder.Services.AddArchiveCore(builder.Configuration, store);
builder.Services.AddHostedService<Archive.Core.Search.Engine.SearchIndexer>();
builder.AddPageCache(store);
builder.AddArchiveAccounts();
builder.AddMachineInterfaces();
builder.Services.AddRazorPages(ArchiveAccounts.Protect);
builder.WebHost.ConfigureKestrel(RequestLimits.Apply);

var app = builder.Build();

if (!await ArchiveDatabase.PrepareAsync(app.Services, app.Environment, app.Lifetime.ApplicationStopping))
{
    await app.DisposeAsync();
    return ArchiveDatabase.UnusableExitCode;
}

// First, so that every request is logged once with the status the client finally got.
app.UseArchiveRequestLogging();
app.UseSecurityHeaders();
app.UseMiddleware<AllowedMethods>();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
app.UseStaticFiles();
app.UseRouting();
app.UseArchiveGuards();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UsePageCache();
app.MapRazorPages();
app.MapArchiveHealth();
app.MapMachineInterfaces();

app.Run();
return 0;

public partial class Program;
