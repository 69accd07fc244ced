using Archive.Core;
using Archive.Web.Startup;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Logging.ClearProviders();
builder.Logging.AddSerilog(new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger(), dispose: true);

builder.Services.AddArchiveCore(builder.Configuration, ArchiveDatabase.ConnectionString(builder));
builder.Services.AddRazorPages();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = 32 * 1024 * 1024;
    kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
});

var app = builder.Build();

await ArchiveDatabase.PrepareAsync(app.Services, app.Environment, CancellationToken.None);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseMiddleware<RequestLogging>();
app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();

app.Run();

public partial class Program;
