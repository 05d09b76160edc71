using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Marketing;
using HsWorks.Application.Requests;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>
/// Records a disclosure made by hand (R6.4), for example to an authority with its legal reference.
/// Refused outside the EU/EEA without a safeguard, when the address of a person with the non-disclosure
/// marking would go out, for partner marketing when any person is excluded by the marketing rules in every channel, and when
/// processing of any person is restricted (Art. 18) unless restrictionGround names a ground of Art. 18(2) — then the use is recorded with it.
/// </summary>
[RequiresPermission(Permission.DisclosuresWrite)]
[Audited("disclosure.create")]
public sealed record RecordDisclosure(DisclosureInput Input) : ICommand<DisclosureDto>;

internal sealed class RecordDisclosureValidator : AbstractValidator<RecordDisclosure>
{
    public RecordDisclosureValidator(IHsWorksDb db)
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.RecipientId)
            .MustAsync(async (id, ct) => await db.Recipients.AnyAsync(r => r.Id == id, ct)).WithMessage(_ => Messages.Get("noSuchRecipient"));
        RuleFor(x => x.Input.Purpose).NotEmpty()
            .MustAsync(async (code, ct) => await db.Purposes.AnyAsync(p => p.Code == code, ct)).WithMessage(_ => Messages.Get("noSuchPurpose"));
        RuleFor(x => x.Input.LegalBasis).NotNull();
        RuleFor(x => x.Input.DataCategories).NotEmpty().WithMessage(_ => Messages.Get("categoriesRequired"));
        RuleFor(x => x.Input.PersonIds).NotEmpty().WithMessage(_ => Messages.Get("personsRequired"))
            .MustAsync(async (ids, ct) => ids is null || await db.Persons.CountAsync(p => ids.Contains(p.Id), ct) == ids.Distinct().Count())
            .WithMessage(_ => Messages.Get("noSuchPerson"));
        RuleFor(x => x.Input.LegalReference).MaximumLength(500);
    }
}

internal sealed class RecordDisclosureHandler(IHsWorksDb db, IMarketingSelections selections, ICurrentUser currentUser, AuditTrail trail,
    TimeProvider clock) : ICommandHandler<RecordDisclosure, DisclosureDto>
{
    public async ValueTask<DisclosureDto> Handle(RecordDisclosure command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        var recipient = await db.Recipients.SingleAsync(r => r.Id == input.RecipientId, cancellationToken);
        var purpose = await db.Purposes.SingleAsync(p => p.Code == input.Purpose, cancellationToken);
        var personIds = input.PersonIds!.Distinct().ToList();
        Transfers.EnsureAllowed(recipient);
        // The non-disclosure marking (or a pending claim of it): the address never leaves the register, whatever the purpose.
        if (input.DataCategories!.Contains(PersonDataCategories.Address))
        {
            var marked = await db.Persons.CountAsync(p => personIds.Contains(p.Id) && (p.NonDisclosure || p.NonDisclosureClaimPending), cancellationToken);
            if (marked > 0) throw new DisclosureRefusedException(Messages.Get("nonDisclosureAddress", marked), "dataCategories");
        }
        // A deceased person's data is disclosed to no one (the Population Register import sets the date of death).
        var deceased = await db.Persons.CountAsync(p => personIds.Contains(p.Id) && p.DiedOn != null, cancellationToken);
        if (deceased > 0) throw new DisclosureRefusedException(Messages.Get("deceasedDisclosure", deceased), "personIds");
        if (purpose.Code == Purpose.PartnerMarketingCode)
        {
            var reached = await PartnerMarketingReach.IncludedAsync(selections, purpose, personIds, clock.GetUtcNow(), cancellationToken);
            var excluded = personIds.Count(id => !reached.Contains(id));
            if (excluded > 0)
                throw new DisclosureRefusedException(Messages.Get("excludedFromPartnerMarketing", excluded), "personIds");
        }
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var restricted = await RestrictedProcessing.RefusedAsync(db, personIds, input.RestrictionGround, $"disclosure:{id}", now, currentUser.Username,
            cancellationToken);
        if (restricted > 0) throw new DisclosureRefusedException(Messages.Get("processingRestrictedDisclosure", restricted), "restrictionGround");
        var disclosure = Disclosure.Make(id, recipient, DisclosureKind.Manual, purpose, input.LegalBasis!.Value,
            input.DataCategories!, personIds, input.LegalReference, now, currentUser.UserId, null, currentUser.Username);
        db.Disclosures.Add(disclosure);
        await db.SaveChangesAsync(cancellationToken);
        trail.Persons(personIds).Changed([$"disclosure:{disclosure.Id}", $"recipient:{recipient.Id}",
            .. input.RestrictionGround is { } ground ? [$"restrictionGround:{EnumNames.ToWire(ground)}"] : Array.Empty<string>()]);
        return disclosure.ToDto(recipient.Name);
    }
}
