using Microsoft.AspNetCore.Mvc;

namespace Archive.Web.Api;

/// <summary>Errors as RFC 9457 problem details (application/problem+json), with the reasons as a list when there are several.</summary>
public static class Problems
{
    public static IResult BadRequest(string detail, IReadOnlyList<string>? errors = null) =>
        Results.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request cannot be answered as asked",
            Detail = detail,
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            Extensions = errors is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["errors"] = errors },
        });

    public static IResult NotFound(string detail) =>
        Results.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Not found",
            Detail = detail,
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        });

    public static IResult Gone(string detail) =>
        Results.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status410Gone,
            Title = "Withdrawn",
            Detail = detail,
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11",
        });

    public static Task Write(HttpContext http, int status, string title, string detail, CancellationToken ct)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail },
            (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
    }
}
