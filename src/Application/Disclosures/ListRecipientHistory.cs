using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>A recipient's history, newest first: registration, every edit with its fields before and after, and secret rotations (never the secrets).</summary>
[RequiresPermission(Permission.RecipientsRead)]
public sealed record ListRecipientHistory(Guid Id) : IQuery<IReadOnlyList<RecipientVersionDto>>;

internal sealed class ListRecipientHistoryHandler(IHsWorksDb db) : IQueryHandler<ListRecipientHistory, IReadOnlyList<RecipientVersionDto>>
{
    public async ValueTask<IReadOnlyList<RecipientVersionDto>> Handle(ListRecipientHistory query, CancellationToken cancellationToken)
    {
        if (!await db.Recipients.AnyAsync(r => r.Id == query.Id, cancellationToken)) throw new NotFoundException("Recipient");
        var versions = await db.RecipientVersions.AsNoTracking().Where(v => v.RecipientId == query.Id)
            .OrderByDescending(v => v.At).ThenByDescending(v => v.Id).ToListAsync(cancellationToken);
        return [.. versions.Select(v => new RecipientVersionDto(v.Id, v.Change, v.At, v.By,
            [.. v.Fields.Select(f => new RecipientFieldChangeDto(f.Field, f.From, f.To))]))];
    }
}
