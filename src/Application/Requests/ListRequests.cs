using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// The requests inbox (R8.1): open requests first, each group by due date, then by receipt; filters by status, type and assignee.
/// The requester is masked (initials and a masked e-mail); overdue and due within 7 days are marked from today in Finland.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.list")]
public sealed record ListRequests(RequestStatus? Status, RequestType? Type, Guid? AssigneeId, int? Page, int? PageSize)
    : IQuery<PagedResult<RequestSummary>>;

internal sealed class ListRequestsHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock) : IQueryHandler<ListRequests, PagedResult<RequestSummary>>
{
    public async ValueTask<PagedResult<RequestSummary>> Handle(ListRequests query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var requests = db.DataSubjectRequests.AsNoTracking();
        if (query.Status is { } status) requests = requests.Where(r => r.Status == status);
        if (query.Type is { } type) requests = requests.Where(r => r.Type == type);
        if (query.AssigneeId is { } assigneeId) requests = requests.Where(r => r.AssigneeId == assigneeId);
        var found = await requests
            .OrderBy(r => r.ClosedAt != null).ThenBy(r => r.DueOn).ThenBy(r => r.ReceivedAt).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id, r.Type, r.Channel, r.ReceivedAt, r.DueOn, Extended = r.ExtendedAt != null, r.Status, r.AssigneeId, r.RequesterName, r.RequesterEmail,
                r.PersonIds, Open = r.ClosedAt == null,
            })
            .ToPageAsync(page, pageSize, cancellationToken);
        var today = ResponseDeadline.DayOf(clock.GetUtcNow());
        trail.Persons(found.Items.SelectMany(r => r.PersonIds));
        return new PagedResult<RequestSummary>([.. found.Items.Select(r => new RequestSummary(
                r.Id, r.Type, r.Channel, r.ReceivedAt, r.DueOn, r.Extended, r.Status, r.AssigneeId,
                RequesterMask.Initials(r.RequesterName), RequesterMask.Email(r.RequesterEmail), r.PersonIds.Length,
                DataSubjectRequest.IsOverdue(r.Open, r.DueOn, today), DataSubjectRequest.IsDueSoon(r.Open, r.DueOn, today)))],
            found.Page, found.PageSize, found.TotalCount);
    }
}
