using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Persons;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Register;

/// <summary>
/// The published register description for anyone, without sign-in: the version asked for (default the latest, the one in force) in
/// one language, with the list of every published version, as data and as the public page. Nothing published yet is a 404.
/// </summary>
[Anonymous]
public sealed record GetPublishedPrivacyNotice(int? Number, Language Language) : IQuery<PublishedPrivacyNotice>;

internal sealed class GetPublishedPrivacyNoticeHandler(IHsWorksDb db) : IQueryHandler<GetPublishedPrivacyNotice, PublishedPrivacyNotice>
{
    public async ValueTask<PublishedPrivacyNotice> Handle(GetPublishedPrivacyNotice query, CancellationToken cancellationToken)
    {
        var versions = await db.PrivacyNoticeVersions.AsNoTracking().OrderByDescending(v => v.Number)
            .Select(v => new PublicNoticeVersion(v.Number, v.PublishedAt)).ToListAsync(cancellationToken);
        if (versions.Count == 0) throw new NotFoundException("A published privacy notice");
        var version = await PrivacyNotices.FindAsync(db, query.Number ?? versions[0].Number, cancellationToken);
        var description = new RegisterDescriptionDto(PrivacyNotices.ToDto(version, query.Language), versions);
        return new PublishedPrivacyNotice(description, PrivacyNoticeHtml.Render(description, latest: query.Number is null));
    }
}
