using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

[RequiresPermission(Permission.RecipientsRead)]
public sealed record GetRecipient(Guid Id) : IQuery<RecipientDto>;

internal sealed class GetRecipientHandler(IHsWorksDb db) : IQueryHandler<GetRecipient, RecipientDto>
{
    public async ValueTask<RecipientDto> Handle(GetRecipient query, CancellationToken cancellationToken) =>
        (await db.Recipients.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken) ?? throw new NotFoundException("Recipient"))
        .ToDto();
}
