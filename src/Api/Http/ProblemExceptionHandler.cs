using FluentValidation;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Common;
using HsWorks.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HsWorks.Api.Http;

/// <summary>Maps every exception to RFC 9457 problem details; never a stack trace, never personal data in the log.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException e => Validation(e.Errors.GroupBy(f => f.PropertyName)
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray())),
            HsWorks.Domain.Disclosures.DisclosureRefusedException e =>
                WithErrors(Problem(StatusCodes.Status409Conflict, ProblemTypes.DisclosureRefused, "Disclosure refused", e.Message), e.Field ?? string.Empty, e.Message),
            DomainRuleException e => Validation(new Dictionary<string, string[]> { [e.Field ?? string.Empty] = [e.Message] }),
            NotFoundException e => Problem(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", e.Message),
            TooManyAttemptsException e => Problem(StatusCodes.Status429TooManyRequests, ProblemTypes.TooManyRequests, "Too many requests", e.Message),
            AuthenticationFailedException e => Problem(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "Unauthorized", e.Message),
            PasswordChangeRequiredException e => Problem(StatusCodes.Status403Forbidden, ProblemTypes.PasswordChangeRequired, "Password change required", e.Message),
            ForbiddenException e => Problem(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Forbidden", e.Message),
            _ when DatabaseFaults.IsStaleWrite(exception) =>
                Problem(StatusCodes.Status412PreconditionFailed, ProblemTypes.StaleWrite, "Stale write", new StaleWriteException().Message),
            VersionRequiredException e => Problem(StatusCodes.Status428PreconditionRequired, ProblemTypes.VersionRequired, "Version required", e.Message),
            ConflictException { Field: { } field } e => WithErrors(Problem(StatusCodes.Status409Conflict, ProblemTypes.Conflict, "Conflict", e.Message), field, e.Message),
            ConflictException e => Problem(StatusCodes.Status409Conflict, ProblemTypes.Conflict, "Conflict", e.Message),
            _ when DatabaseFaults.IsDuplicate(exception) =>
                Problem(StatusCodes.Status409Conflict, ProblemTypes.Conflict, "Conflict", "The record already exists."),
            // A value outside a closed set names its field and the allowed values, in the caller's language.
            BadHttpRequestException { InnerException: UnknownEnumValueException { Path: { Length: > 2 } path } e } => NotInSet(path[2..], e.EnumType),
            UnknownEnumValueException { Field: { } field } e => NotInSet(field, e.EnumType),
            // A value of the wrong type names its field; broken JSON (a reader error inside) is a plain bad request.
            BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { Length: > 2 } path, InnerException: not System.Text.Json.JsonException } } =>
                Validation(new Dictionary<string, string[]> { [path[2..]] = ["The value has the wrong type or format."] }),
            BadHttpRequestException e => Problem(e.StatusCode, ProblemTypes.BadRequest, "Bad request",
                "The request could not be read. Check the JSON body and the parameter formats."),
            // The form and multipart readers refuse a body they cannot take apart (over their limits, broken encoding).
            InvalidDataException => Problem(StatusCodes.Status400BadRequest, ProblemTypes.BadRequest, "Bad request", "The request body could not be read."),
            // The database restarts or is out of reach: try again shortly (nothing of this request was kept).
            CommitOutcomeUnknownException => Unavailable(httpContext,
                "The database went away while your change was saved; it may or may not have been kept. Check, then try again."),
            // Other writers changed the same record at every try (RetryingUnitStrategy): nothing was kept.
            _ when DatabaseFaults.IsContended(exception) => Unavailable(httpContext,
                "Others were changing the same record at the same moment. Try again in a moment."),
            _ when DatabaseFaults.IsUnavailable(exception) => Unavailable(httpContext, "The database is restarting or out of reach. Try again in a moment."),
            // The last line of defence behind validation: text the database cannot store.
            _ when DatabaseFaults.IsBadText(exception) => Problem(StatusCodes.Status400BadRequest, ProblemTypes.Validation, "Invalid input",
                "A value is too long or contains a character that cannot be stored."),
            _ => null,
        };

        if (problem is null)
        {
            // Only the exception type and the trace id: messages may carry personal data.
            logger.LogError("Unhandled {ExceptionType} in {Method} {Endpoint} (trace {TraceId})", exception.GetType().FullName,
                httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName, httpContext.TraceIdentifier);
            problem = Problem(StatusCodes.Status500InternalServerError, ProblemTypes.ServerError, "Server error",
                "Something went wrong on our side. The error was logged.");
        }
        problem.Extensions["traceId"] = httpContext.TraceIdentifier;
        if (exception is TooManyAttemptsException throttled) httpContext.Response.Headers.RetryAfter = SignInThrottling.RetryAfterSeconds(throttled.RetryAfter);
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Seconds a client should wait before trying again while the database is unavailable.</summary>
    public const int RetryAfterSeconds = 2;

    private ProblemDetails Unavailable(HttpContext httpContext, string detail)
    {
        logger.LogWarning("Database unavailable in {Method} {Endpoint} (trace {TraceId}): answered 503",
            httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName, httpContext.TraceIdentifier);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status503ServiceUnavailable, ProblemTypes.Unavailable, "Service unavailable", detail);
    }

    private static ProblemDetails Validation(IDictionary<string, string[]> errors) =>
        new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Validation,
            Title = "Invalid input",
            Detail = "One or more fields are invalid.",
        };

    private static ProblemDetails NotInSet(string field, Type enumType) =>
        Validation(new Dictionary<string, string[]> { [field] = [Messages.Get("oneOf", string.Join(", ", EnumNames.WireNames(enumType)))] });

    private static ProblemDetails WithErrors(ProblemDetails problem, string field, string message)
    {
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        return problem;
    }

    private static ProblemDetails Problem(int status, string type, string title, string detail) =>
        new() { Status = status, Type = type, Title = title, Detail = detail };
}
