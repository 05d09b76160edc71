using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Customers;

/// <summary>Records a problem the customer raised or staff observed (R4.8).</summary>
[RequiresPermission(Permission.ServiceRecordsWrite)]
[Audited("problem.create")]
public sealed record ReportProblem(Guid CustomerId, ProblemInput Input) : ICommand<ProblemDto>;

internal sealed class ProblemInputValidator : AbstractValidator<ProblemInput>
{
    public ProblemInputValidator()
    {
        RuleFor(x => x.Description).NotEmpty().MaximumLength(Problem.MaxDescriptionLength);
    }
}

internal sealed class ReportProblemValidator : AbstractValidator<ReportProblem>
{
    public ReportProblemValidator() => RuleFor(x => x.Input).NotNull().SetValidator(new ProblemInputValidator());
}

internal sealed class ReportProblemHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock) : ICommandHandler<ReportProblem, ProblemDto>
{
    public async ValueTask<ProblemDto> Handle(ReportProblem command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        await db.EnsureCustomerAsync(command.CustomerId, cancellationToken);
        await db.EnsureProductGroupAsync(input.ProductGroupId, cancellationToken);
        var now = clock.GetUtcNow();
        var problem = Problem.Report(Guid.CreateVersion7(), command.CustomerId, input.ProductGroupId, input.Description, DataSource.Staff, now);
        if (input.Status is { } status) problem.Change(input.Description, input.ProductGroupId, status, now);
        db.Problems.Add(problem);
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(command.CustomerId).Changed(["problem"]);
        return problem.ToDto();
    }
}
