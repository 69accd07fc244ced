using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Serilog;

namespace Archive.Web.Startup;

/// <summary>Logging, method and route hygiene, request limits: what keeps a bad request or a bad day from becoming a 500.</summary>
public static class ArchiveReliability
{
    public static void AddArchiveReliability(this WebApplicationBuilder builder)
    {
        // Serilog replaces the default providers; the logger is the host's own (not the static one), so several hosts in one
        // test process each log with their settings.
        builder.Host.UseSerilog((context, services, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
        builder.Services.Configure<MvcOptions>(mvc =>
        {
            mvc.Filters.Add(new PostOnlyWhereHandled());
            mvc.Filters.Add(new BlankRouteValues());
        });
        builder.Services.AddArchiveHealth();
        builder.AddSearchLoadLimit();
        // After AddRazorPages' own setup, which starts the conventions afresh.
        builder.Services.PostConfigure<RazorPagesOptions>(pages => pages.Conventions.Add(new RouteValuesFromRoute()));
    }

    /// <summary>
    /// After routing, so each knows the page: a body over the page's limit gets 413 before it is read; a write that finds
    /// the store locked or full gets 503 or 507; a read past its deadline is cancelled with 503.
    /// </summary>
    public static IApplicationBuilder UseArchiveGuards(this IApplicationBuilder app) => app
        .UseMiddleware<RequestBodyLimit>()
        .UseMiddleware<StoreBusy>()
        .UseMiddleware<ReadDeadline>();

    /// <summary>One line per request with the status the client finally got, the query string and the user as properties.</summary>
    public static IApplicationBuilder UseArchiveRequestLogging(this IApplicationBuilder app) => app.UseSerilogRequestLogging(options =>
    {
        // The host's logger: the middleware would otherwise write to Serilog's static logger, left silent here.
        options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        options.MessageTemplate = "HTTP {RequestMethod} {Path}{QueryString} responded {StatusCode} in {Elapsed:0.0} ms";
        options.EnrichDiagnosticContext = (diagnostics, context) =>
        {
            // The path as sent (percent-encoded): decoded, a forged %0D%0A would start a false line in the log.
            diagnostics.Set("Path", context.Request.Path.ToUriComponent());
            diagnostics.Set("QueryString", context.Request.QueryString.Value ?? "");
            diagnostics.Set("User", context.User.Identity?.Name ?? "");
        };
    });
}
