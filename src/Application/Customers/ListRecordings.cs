using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Customers;

/// <summary>A customer's recordings (descriptions only; playing one is separate and audited).</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("recording.list")]
public sealed record ListRecordings(Guid CustomerId, int? Page, int? PageSize) : IQuery<PagedResult<RecordingDto>>;

internal sealed class ListRecordingsHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListRecordings, PagedResult<RecordingDto>>
{
    public async ValueTask<PagedResult<RecordingDto>> Handle(ListRecordings query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        await db.EnsureCustomerAsync(query.CustomerId, cancellationToken);
        var result = await db.Recordings.Where(r => r.CustomerId == query.CustomerId).OrderByDescending(r => r.CreatedAt)
            .Select(r => new RecordingDto(r.Id, r.CustomerId, r.ContactId, r.ContentType, r.FileName, r.Size, r.CreatedAt))
            .ToPageAsync(page, pageSize, cancellationToken);
        trail.Customer(query.CustomerId).Persons(await db.PersonIdsOfAsync(query.CustomerId, cancellationToken));
        return result;
    }
}
