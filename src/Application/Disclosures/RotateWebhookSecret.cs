using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>A new webhook secret for the recipient, shown once; notices are signed with it from now on and the old one signs nothing.</summary>
[RequiresPermission(Permission.RecipientsManage)]
[Audited("recipient.rotateWebhookSecret")]
public sealed record RotateWebhookSecret(Guid Id) : ICommand<WebhookSecretDto>;

internal sealed class RotateWebhookSecretHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<RotateWebhookSecret, WebhookSecretDto>
{
    public async ValueTask<WebhookSecretDto> Handle(RotateWebhookSecret command, CancellationToken cancellationToken)
    {
        var recipient = await db.Recipients.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken) ?? throw new NotFoundException("Recipient");
        if (recipient.WebhookUrl is null) throw new ConflictException(Messages.Get("noWebhook"), "webhookUrl");
        var secret = WebhookSecrets.New();
        var changes = recipient.RotateWebhookSecret(secret);
        db.RecipientVersions.Add(RecipientVersion.Of(Guid.CreateVersion7(), recipient.Id, RecipientChangeKind.WebhookSecretRotated, changes,
            clock.GetUtcNow(), currentUser.Username));
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"recipient:{recipient.Id}:webhookSecret"]);
        return new WebhookSecretDto(recipient.Id, secret);
    }
}
