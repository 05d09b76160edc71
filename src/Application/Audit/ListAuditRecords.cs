using FluentValidation;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Audit;

public sealed record AuditRecordDto(
    long Id,
    DateTimeOffset At,
    Guid? UserId,
    string Username,
    string Action,
    IReadOnlyList<Guid> PersonIds,
    IReadOnlyList<Guid> CustomerIds,
    IReadOnlyList<string> Fields,
    Guid? TargetUserId,
    string? Reason);

/// <summary>The audit trail, newest first, filtered by subject, customer, user, action and period (R7.3).</summary>
[RequiresPermission(Permission.AuditRead)]
public sealed record ListAuditRecords(
    Guid? PersonId, Guid? CustomerId, Guid? UserId, string? Action, DateTimeOffset? From, DateTimeOffset? To, int? Page, int? PageSize)
    : IQuery<PagedResult<AuditRecordDto>>;

internal sealed class ListAuditRecordsValidator : AbstractValidator<ListAuditRecords>
{
    public ListAuditRecordsValidator() => RuleFor(x => x.Action).MaximumLength(ValueObjectRules.MaxFilterLength);
}

internal sealed class ListAuditRecordsHandler(IHsWorksDb db) : IQueryHandler<ListAuditRecords, PagedResult<AuditRecordDto>>
{
    public async ValueTask<PagedResult<AuditRecordDto>> Handle(ListAuditRecords query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var records = db.AuditRecords.AsQueryable();
        if (query.PersonId is { } personId) records = records.Where(r => r.PersonIds.Contains(personId));
        if (query.CustomerId is { } customerId) records = records.Where(r => r.CustomerIds.Contains(customerId));
        if (query.UserId is { } userId) records = records.Where(r => r.UserId == userId || r.TargetUserId == userId);
        if (!string.IsNullOrWhiteSpace(query.Action)) records = records.Where(r => r.Action == query.Action);
        // PostgreSQL keeps instants in UTC; Npgsql refuses another offset as a parameter.
        if (query.From?.ToUniversalTime() is { } from) records = records.Where(r => r.At >= from);
        if (query.To?.ToUniversalTime() is { } to) records = records.Where(r => r.At < to);
        return await records.OrderByDescending(r => r.Id)
            .Select(r => new AuditRecordDto(r.Id, r.At, r.UserId, r.Username, r.Action, r.PersonIds, r.CustomerIds, r.Fields, r.TargetUserId, r.Reason))
            .ToPageAsync(page, pageSize, cancellationToken);
    }
}
