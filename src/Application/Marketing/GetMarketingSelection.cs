using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Marketing;

[RequiresPermission(Permission.MarketingSelect)]
public sealed record GetMarketingSelection(Guid Id) : IQuery<MarketingSelectionDto>;

internal sealed class GetMarketingSelectionHandler(IHsWorksDb db) : IQueryHandler<GetMarketingSelection, MarketingSelectionDto>
{
    public async ValueTask<MarketingSelectionDto> Handle(GetMarketingSelection query, CancellationToken cancellationToken)
    {
        var (selection, purposeCode) = await db.LoadSelectionAsync(query.Id, cancellationToken);
        return selection.ToDto(purposeCode);
    }
}
