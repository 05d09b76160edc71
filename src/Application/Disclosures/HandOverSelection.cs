using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Marketing;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>
/// Hands a marketing selection to a recipient (R6.2, R6.4): the persons the selection includes now
/// are disclosed and recorded. A partner gets only partner-marketing selections (own marketing goes
/// to processors, such as a mail house, working for us); never an authority.
/// </summary>
[RequiresPermission(Permission.MarketingSelect)]
[Audited("marketing.selection.handover")]
public sealed record HandOverSelection(Guid SelectionId, HandoverInput Input) : ICommand<DisclosureDto>;

internal sealed class HandOverSelectionHandler(IHsWorksDb db, IMarketingSelections selections, ICurrentUser currentUser, AuditTrail trail,
    TimeProvider clock) : ICommandHandler<HandOverSelection, DisclosureDto>
{
    public async ValueTask<DisclosureDto> Handle(HandOverSelection command, CancellationToken cancellationToken)
    {
        var (selection, _) = await db.LoadSelectionAsync(command.SelectionId, cancellationToken);
        var recipient = await db.Recipients.SingleOrDefaultAsync(r => r.Id == command.Input.RecipientId, cancellationToken)
            ?? throw new NotFoundException("Recipient");
        if (recipient.Type == RecipientType.Authority)
            throw new DisclosureRefusedException(Messages.Get("handoverToAuthority"), "recipientId");
        if (recipient.Type == RecipientType.Partner && selection.MarketingPurpose != MarketingPurpose.Partner)
            throw new DisclosureRefusedException(Messages.Get("handoverPartnerPurpose"), "recipientId");
        Transfers.EnsureAllowed(recipient);
        var purpose = await db.Purposes.SingleAsync(p => p.Id == selection.PurposeId, cancellationToken);
        // The same rules as the preview and the export: whoever is excluded is never in the list.
        var personIds = await selections.IncludedAsync(selection, null, cancellationToken);
        if (personIds.Count == 0) throw new ConflictException(Messages.Get("handoverEmpty"), "selectionId");
        // Only what the channel needs: an e-mail selection discloses no phone numbers.
        string[] categories = [PersonDataCategories.Basic, selection.Channel switch
        {
            Channel.Post => PersonDataCategories.Address,
            Channel.Email => PersonDataCategories.Email,
            _ => PersonDataCategories.Phone,
        }];
        var disclosure = Disclosure.Make(Guid.CreateVersion7(), recipient, DisclosureKind.SelectionHandover, purpose, purpose.LegalBasis, categories,
            personIds, null, clock.GetUtcNow(), currentUser.UserId, null, currentUser.Username, selection.Id);
        db.Disclosures.Add(disclosure);
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"selection:{selection.Id}", $"disclosure:{disclosure.Id}", $"recipient:{recipient.Id}", $"persons:{personIds.Count}"]);
        return disclosure.ToDto(recipient.Name);
    }
}
