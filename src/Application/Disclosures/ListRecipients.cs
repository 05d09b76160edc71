using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>The register of recipients (R6.1), with the EU/EEA and safeguard status of each.</summary>
[RequiresPermission(Permission.RecipientsRead)]
public sealed record ListRecipients : IQuery<IReadOnlyList<RecipientDto>>;

internal sealed class ListRecipientsHandler(IHsWorksDb db) : IQueryHandler<ListRecipients, IReadOnlyList<RecipientDto>>
{
    public async ValueTask<IReadOnlyList<RecipientDto>> Handle(ListRecipients query, CancellationToken cancellationToken) =>
        [.. (await db.Recipients.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken)).Select(r => r.ToDto())];
}
