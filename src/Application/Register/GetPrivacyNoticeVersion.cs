using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Persons;
using Mediator;

namespace HsWorks.Application.Register;

/// <summary>One published version with its notice in Finnish, Swedish and English, exactly as published.</summary>
[AnySignedInStaff]
public sealed record GetPrivacyNoticeVersion(int Number) : IQuery<NoticeVersionDto>;

internal sealed class GetPrivacyNoticeVersionHandler(IHsWorksDb db) : IQueryHandler<GetPrivacyNoticeVersion, NoticeVersionDto>
{
    public async ValueTask<NoticeVersionDto> Handle(GetPrivacyNoticeVersion query, CancellationToken cancellationToken)
    {
        var version = await PrivacyNotices.FindAsync(db, query.Number, cancellationToken);
        return new NoticeVersionDto(version.Number, version.PublishedAt, version.PublishedBy,
            [.. Enum.GetValues<Language>().Select(l => PrivacyNotices.ToDto(version, l))]);
    }
}
