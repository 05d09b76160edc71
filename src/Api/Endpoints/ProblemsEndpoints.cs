using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using HsWorks.Domain.Customers;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>A customer's reported and observed problems.</summary>
public static class ProblemsEndpoints
{
    public static void MapProblemsEndpoints(this IEndpointRouteBuilder app)
    {
        var customer = app.MapGroup("/api/v1/customers/{id:guid}").WithTags("Problems").RequireAuthorization();

        customer.MapGet("/problems", async (Guid id, Guid? productGroupId, ProblemStatus? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<ProblemDto>>(await sender.Send(new ListProblems(id, productGroupId, status, page, pageSize), ct)))
            .WithName("ListProblems")
            .WithSummary("Problems, open first");
        customer.MapPost("/problems", async (Guid id, ProblemInput body, ISender sender, CancellationToken ct) =>
            {
                var problem = await sender.Send(new ReportProblem(id, body), ct);
                return TypedResults.Created($"/api/v1/customers/{id}/problems/{problem.Id}", problem);
            })
            .WithName("ReportProblem")
            .WithSummary("Record a reported or observed problem")
            .ProducesValidationProblem();
        customer.MapGet("/problems/{problemId:guid}", async (Guid id, Guid problemId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetProblem(id, problemId), ct)))
            .WithName("GetProblem")
            .WithSummary("A problem")
            .ProducesProblem(StatusCodes.Status404NotFound);
        customer.MapPut("/problems/{problemId:guid}", async (Guid id, Guid problemId, ProblemInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new UpdateProblem(id, problemId, body), ct)))
            .WithName("UpdateProblem")
            .WithSummary("Edit a problem or mark it solved")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
