using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Retention;

/// <summary>Sets the day the financial year ends; invoices' and ledgers' retention runs from it.</summary>
[RequiresPermission(Permission.RetentionManage)]
[Audited("retention.financialYear.update")]
public sealed record UpdateFinancialYear(uint? ExpectedVersion, FinancialYearInput Input) : ICommand<FinancialYearDto>;

internal sealed class UpdateFinancialYearValidator : AbstractValidator<UpdateFinancialYear>
{
    public UpdateFinancialYearValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.EndMonth).NotNull().InclusiveBetween(1, 12);
        RuleFor(x => x.Input.EndDay).NotNull().InclusiveBetween(1, 31);
    }
}

internal sealed class UpdateFinancialYearHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<UpdateFinancialYear, FinancialYearDto>
{
    public async ValueTask<FinancialYearDto> Handle(UpdateFinancialYear command, CancellationToken cancellationToken)
    {
        var year = await db.FinancialYears.SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Financial year");
        if (command.ExpectedVersion is not { } expected) throw new VersionRequiredException();
        if (year.Version != expected) throw new StaleWriteException();
        db.ExpectVersion(year, expected);
        var changed = year.Change(command.Input.EndMonth!.Value, command.Input.EndDay!.Value, clock.GetUtcNow(), currentUser.Username);
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed(changed);
        return year.ToDto();
    }
}
