using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>Edits a problem or marks it solved (or open again).</summary>
[RequiresPermission(Permission.ServiceRecordsWrite)]
[Audited("problem.update")]
public sealed record UpdateProblem(Guid CustomerId, Guid ProblemId, ProblemInput Input) : ICommand<ProblemDto>;

internal sealed class UpdateProblemValidator : AbstractValidator<UpdateProblem>
{
    public UpdateProblemValidator()
    {
        RuleFor(x => x.Input).NotNull().SetValidator(new ProblemInputValidator());
        RuleFor(x => x.Input.Status).NotNull();
    }
}

internal sealed class UpdateProblemHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock) : ICommandHandler<UpdateProblem, ProblemDto>
{
    public async ValueTask<ProblemDto> Handle(UpdateProblem command, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.SingleOrDefaultAsync(p => p.Id == command.ProblemId && p.CustomerId == command.CustomerId, cancellationToken)
            ?? throw new NotFoundException("Problem");
        await db.EnsureProductGroupAsync(command.Input.ProductGroupId, cancellationToken);
        var changed = problem.Change(command.Input.Description, command.Input.ProductGroupId, command.Input.Status!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(command.CustomerId).Changed(changed.Select(f => "problem." + f));
        return problem.ToDto();
    }
}
