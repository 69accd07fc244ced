namespace Archive.Web.Startup;

/// <summary>
/// A read (GET or HEAD) gets Archive:ReadDeadlineSeconds (30 by default) to start its answer: then its cancellation
/// token fires, the store's queries stop at their next check, and the reader gets 503 with Retry-After rather than a
/// core held for minutes. Once the answer has started (a long download) the deadline is lifted. Writes are left
/// alone: an upload on a slow line may rightly take longer, and a save is never cut midway.
/// </summary>
public sealed class ReadDeadline(RequestDelegate next, IConfiguration configuration, ILogger<ReadDeadline> logger)
{
    private readonly TimeSpan _deadline = TimeSpan.FromSeconds(configuration.GetValue("Archive:ReadDeadlineSeconds", 30.0));

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        using var deadline = new CancellationTokenSource(_deadline);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, deadline.Token);
        var aborted = context.RequestAborted;
        context.RequestAborted = either.Token;
        var finished = false;
        // An answer without a body starts only after this returns, when the sources are disposed.
        context.Response.OnStarting(() =>
        {
            if (!finished)
                deadline.CancelAfter(Timeout.InfiniteTimeSpan);
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !aborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            logger.LogWarning("{Path}{Query} passed its {Deadline} s deadline and was cancelled", context.Request.Path, context.Request.QueryString, _deadline.TotalSeconds);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "10";
        }
        finally
        {
            finished = true;
            context.RequestAborted = aborted;
        }
    }
}
