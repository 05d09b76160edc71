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

/// <summary>Adds a recipient to the register of recipients (R6.1); the webhook secret, if any, is in this answer only.</summary>
[RequiresPermission(Permission.RecipientsManage)]
[Audited("recipient.create")]
public sealed record RegisterRecipient(RecipientInput Input) : ICommand<RecipientDto>;

internal sealed class RegisterRecipientValidator : AbstractValidator<RegisterRecipient>
{
    public RegisterRecipientValidator(IWebhookTargets webhookTargets) =>
        RuleFor(x => x.Input).NotNull().SetValidator(new RecipientInputValidator(webhookTargets));
}

internal sealed class RegisterRecipientHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<RegisterRecipient, RecipientDto>
{
    public async ValueTask<RecipientDto> Handle(RegisterRecipient command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        if (await db.Recipients.AnyAsync(r => r.Name == input.Name.Trim(), cancellationToken))
            throw new ConflictException(Messages.Get("recipientNameTaken"), "name");
        var webhook = input.WebhookUrl is null ? null : new Uri(input.WebhookUrl);
        var secret = webhook is null ? null : WebhookSecrets.New();
        var now = clock.GetUtcNow();
        var recipient = Recipient.Register(Guid.CreateVersion7(), input.Name, input.ParsedBusinessId(), input.Type!.Value,
            CountryCode.Parse(input.Country).ValueOrThrow(null), input.Contact, input.Purposes ?? [], input.DataCategories ?? [], input.AgreementReference,
            input.AgreementDate, input.Safeguard(), webhook, secret, now, currentUser.Username);
        db.Recipients.Add(recipient);
        db.RecipientVersions.Add(RecipientVersion.Of(Guid.CreateVersion7(), recipient.Id, RecipientChangeKind.Registered, recipient.Fields(), now,
            currentUser.Username));
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"recipient:{recipient.Id}"]);
        return recipient.ToDto(secret);
    }
}
