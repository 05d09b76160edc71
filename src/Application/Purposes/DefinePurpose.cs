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

/// <summary>The data protection officer or an administrator adds a processing purpose; its first version is kept.</summary>
[RequiresPermission(Permission.PurposesManage)]
public sealed record DefinePurpose(PurposeInput Input) : ICommand<PurposeDto>;

internal sealed class PurposeInputValidator : AbstractValidator<PurposeInput>
{
    public PurposeInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(50).Matches("^[a-z][A-Za-z0-9]*$");
        RuleFor(x => x.NameFi).NotEmpty().MaximumLength(200);
        RuleFor(x => x.NameSv).NotEmpty().MaximumLength(200);
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(200);
        RuleFor(x => x.LegalBasis).NotNull();
        RuleForEach(x => x.DataCategories).NotEmpty().MaximumLength(50);
        RuleFor(x => x.LegitimateInterest).NotNull().WithMessage("A purpose based on legitimate interest states the interest pursued.")
            .When(x => x.LegalBasis == LegalBasis.LegitimateInterest);
        RuleFor(x => x.LegitimateInterest!.Fi).NotEmpty().MaximumLength(Purpose.MaxLegitimateInterestLength).When(x => x.LegitimateInterest is not null);
        RuleFor(x => x.LegitimateInterest!.Sv).NotEmpty().MaximumLength(Purpose.MaxLegitimateInterestLength).When(x => x.LegitimateInterest is not null);
        RuleFor(x => x.LegitimateInterest!.En).NotEmpty().MaximumLength(Purpose.MaxLegitimateInterestLength).When(x => x.LegitimateInterest is not null);
    }
}

internal sealed class DefinePurposeValidator : AbstractValidator<DefinePurpose>
{
    public DefinePurposeValidator() => RuleFor(x => x.Input).NotNull().SetValidator(new PurposeInputValidator());
}

internal sealed class DefinePurposeHandler(IHsWorksDb db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<DefinePurpose, PurposeDto>
{
    public async ValueTask<PurposeDto> Handle(DefinePurpose command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        if (await db.Purposes.AnyAsync(p => p.Code == input.Code, cancellationToken))
            throw new ConflictException("A purpose with that code exists.", "code");
        var purpose = Purpose.Define(Guid.CreateVersion7(), input.Code, input.NameFi, input.NameSv, input.NameEn,
            input.LegalBasis!.Value, input.IsMarketing, input.DataCategories ?? [], clock.GetUtcNow(), input.LegitimateInterest);
        db.Purposes.Add(purpose);
        db.PurposeVersions.Add(PurposeVersion.Of(purpose, currentUser.Username));
        await db.SaveChangesAsync(cancellationToken);
        return purpose.ToDto();
    }
}
