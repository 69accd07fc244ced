namespace Archive.Web.Startup;

/// <summary>
/// A write that waited past the store's timeout for another writer (SQLITE_BUSY, SQLITE_LOCKED; on PostgreSQL a deadlock or a lock not available) answers 503 with
/// Retry-After and the "Busy" page: the transaction rolled back, nothing was saved, and the user can simply send it
/// again. Reads are not held up by a writer in WAL mode, so they go on being served. A write that found the disk full
/// (SQLITE_FULL) answers 507 and the "Storage full" page; it too rolled back.
/// </summary>
public sealed class StoreBusy(RequestDelegate next, ILogger<StoreBusy> logger)
{
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (Archive.Core.Data.StoreFile.IsFull(ex) && !context.Response.HasStarted)
        {
            logger.LogError("{Method} {Path} could not be saved: the storage is full; answered 507", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status507InsufficientStorage;
        }
        catch (Exception ex) when (Busy(ex) is { } busy && !context.Response.HasStarted)
        {
            logger.LogWarning("{Method} {Path} found the store locked by another writer ({Message}); answered 503", context.Request.Method, context.Request.Path, busy.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
        }
    }

    private static System.Data.Common.DbException? Busy(Exception? ex) => Archive.Core.Data.StoreErrors.Busy(ex);
}
