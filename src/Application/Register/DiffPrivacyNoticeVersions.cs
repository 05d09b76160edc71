using FluentValidation;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Register;
using Mediator;

namespace HsWorks.Application.Register;

/// <summary>What changed between two published versions, section by section, in one language (default Finnish); from defaults to the version before.</summary>
[AnySignedInStaff]
public sealed record DiffPrivacyNoticeVersions(int Number, int? From, Language? Language) : IQuery<NoticeDiffDto>;

internal sealed class DiffPrivacyNoticeVersionsValidator : AbstractValidator<DiffPrivacyNoticeVersions>
{
    public DiffPrivacyNoticeVersionsValidator() => RuleFor(x => x.From).GreaterThan(0);
}

internal sealed class DiffPrivacyNoticeVersionsHandler(IHsWorksDb db) : IQueryHandler<DiffPrivacyNoticeVersions, NoticeDiffDto>
{
    public async ValueTask<NoticeDiffDto> Handle(DiffPrivacyNoticeVersions query, CancellationToken cancellationToken)
    {
        var language = query.Language ?? Language.Fi;
        var code = PrivacyNotices.Code(language);
        var newer = PrivacyNotices.Deserialize((await PrivacyNotices.FindAsync(db, query.Number, cancellationToken)).Content)[code];
        var from = query.From ?? query.Number - 1;
        // The first version compared with nothing: every section is new.
        var older = from < 1
            ? new NoticeDocument(code, newer.Title, [])
            : PrivacyNotices.Deserialize((await PrivacyNotices.FindAsync(db, from, cancellationToken)).Content)[code];
        return new NoticeDiffDto(Math.Max(from, 0), query.Number, language, NoticeDiff.Between(older, newer));
    }
}
