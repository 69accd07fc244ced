using Archive.Core;
using Archive.Web.Startup;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Logging.ClearProviders();
builder.Logging.AddSerilog(new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger(), dispose: true);

builder.Services.AddArchiveCore(builder.Configuration, ArchiveDatabase.ConnectionString(builder));
builder.AddArchiveAccounts();
builder.AddMachineInterfaces();
builder.Services.AddRazorPages(ArchiveAccounts.Protect);
builder.WebHost.ConfigureKestrel(RequestLimits.Apply);

var app = builder.Build();

await ArchiveDatabase.PrepareAsync(app.Services, app.Environment, app.Lifetime.ApplicationStopping);

// First, so that every request is logged once with the status the client finally got.
app.UseMiddleware<RequestLogging>();
app.UseMiddleware<AllowedMethods>();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapMachineInterfaces();

app.Run();

public partial class Program;
