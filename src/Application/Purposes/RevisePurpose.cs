using FluentValidation;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Purposes;

/// <summary>Changes a purpose's names, basis, marketing flag, data categories or legitimate interest; the new version is kept beside the old ones. The code stays.</summary>
[RequiresPermission(Permission.PurposesManage)]
public sealed record RevisePurpose(Guid Id, PurposeInput Input) : ICommand<PurposeDto>;

internal sealed class RevisePurposeValidator : AbstractValidator<RevisePurpose>
{
    public RevisePurposeValidator() => RuleFor(x => x.Input).NotNull().SetValidator(new PurposeInputValidator());
}

internal sealed class RevisePurposeHandler(IHsWorksDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<RevisePurpose, PurposeDto>
{
    public async ValueTask<PurposeDto> Handle(RevisePurpose command, CancellationToken cancellationToken)
    {
        var purpose = await db.Purposes.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken) ?? throw new NotFoundException("Purpose");
        var input = command.Input;
        if (input.Code != purpose.Code) throw new ConflictException("A purpose's code cannot change.", "code");
        purpose.Revise(input.NameFi, input.NameSv, input.NameEn, input.LegalBasis!.Value, input.IsMarketing,
            input.DataCategories ?? [], clock.GetUtcNow(), input.LegitimateInterest);
        db.PurposeVersions.Add(PurposeVersion.Of(purpose, currentUser.Username));
        await db.SaveChangesAsync(cancellationToken);
        return purpose.ToDto();
    }
}
