using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Retention;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Register;

/// <summary>The draft of the privacy notice generated from the register as it is now, in one language (default Finnish); nothing is kept.</summary>
[RequiresPermission(Permission.PrivacyNoticePublish)]
public sealed record PreviewPrivacyNotice(Language? Language) : IQuery<PrivacyNoticeDto>;

internal sealed class PreviewPrivacyNoticeHandler(IHsWorksDb db, IRetentionTexts retention) : IQueryHandler<PreviewPrivacyNotice, PrivacyNoticeDto>
{
    public async ValueTask<PrivacyNoticeDto> Handle(PreviewPrivacyNotice query, CancellationToken cancellationToken)
    {
        var language = query.Language ?? Language.Fi;
        var facts = await RegisterFacts.LoadAsync(db, retention, cancellationToken);
        return PrivacyNotices.ToDto(PrivacyNoticeComposer.Compose(facts, PrivacyNotices.Code(language)), language, null, null);
    }
}
