using FluentValidation;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>Every disclosure, newest first, filtered by recipient, person, purpose and period (R6.3).</summary>
[RequiresPermission(Permission.DisclosuresRead)]
public sealed record ListDisclosures(Guid? RecipientId, Guid? PersonId, string? Purpose, DateOnly? From, DateOnly? To, int? Page, int? PageSize)
    : IQuery<PagedResult<DisclosureDto>>;

internal sealed class ListDisclosuresValidator : AbstractValidator<ListDisclosures>
{
    public ListDisclosuresValidator() => RuleFor(x => x.Purpose).MaximumLength(ValueObjectRules.MaxFilterLength);
}

internal sealed class ListDisclosuresHandler(IHsWorksDb db) : IQueryHandler<ListDisclosures, PagedResult<DisclosureDto>>
{
    public async ValueTask<PagedResult<DisclosureDto>> Handle(ListDisclosures query, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var disclosures = db.Disclosures.AsNoTracking();
        if (query.RecipientId is { } recipientId) disclosures = disclosures.Where(d => d.RecipientId == recipientId);
        if (query.PersonId is { } personId) disclosures = disclosures.Where(d => d.PersonIds.Contains(personId));
        if (!string.IsNullOrWhiteSpace(query.Purpose)) disclosures = disclosures.Where(d => d.PurposeCode == query.Purpose);
        if (query.From is { } from) disclosures = disclosures.Where(d => d.At >= new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        // Up to the end of the day "to"; the last day of the calendar has no next day to stop before.
        if (query.To is { } to && to < DateOnly.MaxValue)
            disclosures = disclosures.Where(d => d.At < new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var found = await disclosures.OrderByDescending(d => d.At)
            .Join(db.Recipients, d => d.RecipientId, r => r.Id, (d, r) => new { Disclosure = d, r.Name })
            .ToPageAsync(page, size, cancellationToken);
        return new PagedResult<DisclosureDto>([.. found.Items.Select(f => f.Disclosure.ToDto(f.Name))], found.Page, found.PageSize, found.TotalCount);
    }
}
