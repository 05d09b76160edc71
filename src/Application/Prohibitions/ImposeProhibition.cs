using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Disclosures;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Prohibitions;

/// <summary>Records the person's own ban on direct marketing or on disclosure to partners, per channel or all.</summary>
[RequiresPermission(Permission.ConsentsWrite)]
[Audited("prohibition.create")]
public sealed record ImposeProhibition(Guid PersonId, ProhibitionInput Input) : ICommand<ProhibitionDto>;

internal sealed class ImposeProhibitionValidator : AbstractValidator<ImposeProhibition>
{
    public ImposeProhibitionValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Kind).NotNull();
        RuleFor(x => x.Input.Source).NotEqual(DataSource.ProhibitionRegister)
            .WithMessage("Bans from prohibition registers come from their imports.");
        RuleFor(x => x.Input.Reason).MaximumLength(1000);
    }
}

internal sealed class ImposeProhibitionHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<ImposeProhibition, ProhibitionDto>
{
    public async ValueTask<ProhibitionDto> Handle(ImposeProhibition command, CancellationToken cancellationToken)
    {
        if (!await db.Persons.AnyAsync(p => p.Id == command.PersonId, cancellationToken)) throw new NotFoundException("Person");
        var input = command.Input;
        var prohibition = Prohibition.Impose(Guid.CreateVersion7(), command.PersonId, input.Kind!.Value,
            input.Channel ?? Channel.All,
            input.Source ?? DataSource.Subject, input.Reason, clock.GetUtcNow(), currentUser.Username);
        db.Prohibitions.Add(prohibition);
        // A ban is an objection to direct marketing (GDPR Art. 21): recipients of the person's data must hear of it.
        await RecipientNotices.AddAsync(db, command.PersonId, NoticeType.Objected, prohibition.CreatedAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        trail.Person(command.PersonId).Changed([$"prohibition:{input.Kind}"]);
        return prohibition.ToDto();
    }
}
