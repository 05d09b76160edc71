using System.Security.Cryptography;
using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Subjects;
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
    public RegisterRecipientValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Name).NotEmpty().MaximumLength(Recipient.MaxNameLength);
        RuleFor(x => x.Input.Type).NotEmpty().MustBeOneOf<RegisterRecipient, RecipientType>();
        RuleFor(x => x.Input.Country).NotEmpty().MustParse(CountryCode.Parse, "country");
        RuleFor(x => x.Input.BusinessId).MustParse(BusinessId.Parse, "businessId");
        RuleFor(x => x.Input.AgreementReference).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Input.Contact).MaximumLength(500);
        RuleFor(x => x.Input.WebhookUrl)
            .Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback)))
            .WithMessage(_ => Messages.Get("webhookUrl"));
        When(x => x.Input?.TransferSafeguard is not null, () =>
        {
            RuleFor(x => x.Input.TransferSafeguard!.Kind).NotEmpty().MustBeOneOf<RegisterRecipient, SafeguardKind>();
            RuleFor(x => x.Input.TransferSafeguard!.Reference).NotEmpty().MaximumLength(500);
        });
    }
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
        var secret = webhook is null ? null : "whsec_" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var recipient = Recipient.Register(Guid.CreateVersion7(), input.Name, input.BusinessId is null ? null : BusinessId.Parse(input.BusinessId).ValueOrThrow(null).Value,
            EnumNames.Parse<RecipientType>(input.Type), CountryCode.Parse(input.Country).ValueOrThrow(null), input.Contact, input.Purposes ?? [],
            input.DataCategories ?? [], input.AgreementReference, input.AgreementDate,
            input.TransferSafeguard is { } s ? new TransferSafeguard(EnumNames.Parse<SafeguardKind>(s.Kind), s.Reference.Trim()) : null,
            webhook, secret, clock.GetUtcNow(), currentUser.Username);
        db.Recipients.Add(recipient);
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"recipient:{recipient.Id}"]);
        return recipient.ToDto(secret);
    }
}
