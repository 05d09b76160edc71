using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>
/// Edits a recipient against the version the caller read; what changed goes to its history. A
/// webhook added where there was none gets a new secret, in this answer only.
/// </summary>
[RequiresPermission(Permission.RecipientsManage)]
[Audited("recipient.update")]
public sealed record UpdateRecipient(Guid Id, uint? ExpectedVersion, RecipientInput Input) : ICommand<RecipientDto>;

internal sealed class UpdateRecipientValidator : AbstractValidator<UpdateRecipient>
{
    public UpdateRecipientValidator(IWebhookTargets webhookTargets) =>
        RuleFor(x => x.Input).NotNull().SetValidator(new RecipientInputValidator(webhookTargets));
}

internal sealed class UpdateRecipientHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<UpdateRecipient, RecipientDto>
{
    public async ValueTask<RecipientDto> Handle(UpdateRecipient command, CancellationToken cancellationToken)
    {
        var recipient = await db.Recipients.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken) ?? throw new NotFoundException("Recipient");
        if (command.ExpectedVersion is not { } expected) throw new VersionRequiredException();
        if (recipient.Version != expected) throw new StaleWriteException();
        db.ExpectVersion(recipient, expected);

        var input = command.Input;
        if (await db.Recipients.AnyAsync(r => r.Name == input.Name.Trim() && r.Id != recipient.Id, cancellationToken))
            throw new ConflictException(Messages.Get("recipientNameTaken"), "name");
        var webhook = input.WebhookUrl is null ? null : new Uri(input.WebhookUrl);
        var newSecret = webhook is not null && recipient.WebhookSecret is null ? WebhookSecrets.New() : null;
        var changes = recipient.Update(input.Name, input.ParsedBusinessId(), input.Type!.Value,
            CountryCode.Parse(input.Country).ValueOrThrow(null), input.Contact, input.Purposes ?? [], input.DataCategories ?? [], input.AgreementReference,
            input.AgreementDate, input.Safeguard(), webhook, newSecret);
        if (changes.Count > 0)
        {
            db.RecipientVersions.Add(RecipientVersion.Of(Guid.CreateVersion7(), recipient.Id, RecipientChangeKind.Edited, changes, clock.GetUtcNow(),
                currentUser.Username));
            await db.SaveChangesAsync(cancellationToken);
        }
        trail.Changed([.. changes.Select(c => $"recipient:{recipient.Id}:{c.Field}")]);
        return recipient.ToDto(newSecret);
    }
}
