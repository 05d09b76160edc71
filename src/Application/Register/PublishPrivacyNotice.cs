using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Retention;
using HsWorks.Domain.Register;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Register;

/// <summary>
/// Publishes the privacy notice: generates it from the register now in Finnish, Swedish and English and keeps the three as the next
/// numbered, dated version, never changed after. From now on consents are recorded under this version.
/// </summary>
[RequiresPermission(Permission.PrivacyNoticePublish)]
[Audited("privacyNotice.publish")]
public sealed record PublishPrivacyNotice : ICommand<NoticeVersionSummary>;

internal sealed class PublishPrivacyNoticeHandler(IHsWorksDb db, IRetentionTexts retention, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<PublishPrivacyNotice, NoticeVersionSummary>
{
    public async ValueTask<NoticeVersionSummary> Handle(PublishPrivacyNotice command, CancellationToken cancellationToken)
    {
        var notices = await PrivacyNotices.GenerateAsync(db, retention, cancellationToken);
        // Two publishes at once take the same number: the primary key lets one commit, the other answers 409 and can be sent again.
        var number = (await PrivacyNotices.InForceAsync(db, cancellationToken) ?? 0) + 1;
        var version = PrivacyNoticeVersion.Publish(number, PrivacyNotices.Serialize(notices), clock.GetUtcNow(), currentUser.Username);
        db.PrivacyNoticeVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"privacyNotice:{number}"]);
        return new NoticeVersionSummary(version.Number, version.PublishedAt, version.PublishedBy);
    }
}
