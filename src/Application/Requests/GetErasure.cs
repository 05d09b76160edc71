using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Retention;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// A request's erasure (GDPR Art. 17): before it is carried out, the preview of exactly which items of each matched person's
/// data will be erased, anonymised or kept (each kept item with its legal reason and keep-until date), changing nothing;
/// afterwards, the request's record of what was done.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.erasure.read")]
public sealed record GetErasure(Guid Id) : IQuery<ErasureDto>;

internal sealed class GetErasureHandler(IHsWorksDb db, IPersonErasure erasure, AuditTrail trail, TimeProvider clock) : IQueryHandler<GetErasure, ErasureDto>
{
    public async ValueTask<ErasureDto> Handle(GetErasure query, CancellationToken cancellationToken)
    {
        var request = await db.DataSubjectRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Request");
        trail.Persons(request.PersonIds).Changed([$"request:{request.Id}"]);
        if (request.ErasedAt is not null) return await ErasureRecord.ReadAsync(db, request, cancellationToken);

        var items = (await erasure.PreviewAsync(request.PersonIds, cancellationToken)).ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => request.PersonIds.Contains(p.Id)).ToListAsync(cancellationToken);
        items.AddRange(persons.Select(p => ErasureMapping.SuppressionItem(p.Id, ErasureRecord.IdentifiersOf(p).Select(i => i.Kind))));
        var refusal = request.Refuses(RequestStep.Erased, ResponseDeadline.DayOf(clock.GetUtcNow()))
            ?? (await LegalHolds.AnyOverAsync(db, request.PersonIds, cancellationToken) ? Messages.Get("erasureUnderLegalHold") : null);
        return new ErasureDto(request.Id, null, refusal,
            [.. request.PersonIds.Select(id => new ErasurePersonDto(id, [.. items.Where(i => i.PersonId == id).Select(i => i.ToDto())]))]);
    }
}

/// <summary>The request's record of an erasure, and the identifiers a suppression record hashes.</summary>
internal static class ErasureRecord
{
    public static async Task<ErasureDto> ReadAsync(IHsWorksDb db, DataSubjectRequest request, CancellationToken cancellationToken)
    {
        var items = await db.ErasureItems.AsNoTracking().Where(i => i.RequestId == request.Id).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        return new ErasureDto(request.Id, request.ErasedAt, null,
            [.. request.PersonIds.Select(id => new ErasurePersonDto(id, [.. items.Where(i => i.PersonId == id).Select(i => i.ToDto())]))]);
    }

    public static IReadOnlyList<(SuppressedIdentifier Kind, string Normalised)> IdentifiersOf(Person person) =>
        SuppressionIdentifiers.Of(person.IdentityCode?.Value, person.Email?.Value, person.Phone?.E164, person.Mobile?.E164);
}
