using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Common;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Marketing;

/// <summary>Saves a direct-marketing selection (R6.2): criteria, a marketing purpose and one channel.</summary>
[RequiresPermission(Permission.MarketingSelect)]
[Audited("marketing.selection.create")]
public sealed record CreateMarketingSelection(MarketingSelectionInput Input) : ICommand<MarketingSelectionDto>;

internal sealed class CreateMarketingSelectionValidator : AbstractValidator<CreateMarketingSelection>
{
    public CreateMarketingSelectionValidator(IHsWorksDb db)
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Name).NotEmpty().MaximumLength(MarketingSelection.MaxNameLength);
        // Checked with the other fields, so that one answer names every problem.
        RuleFor(x => x.Input.Purpose).NotEmpty()
            .MustAsync(async (code, ct) => await db.Purposes.AnyAsync(p => p.Code == code && p.IsMarketing, ct))
            .WithMessage(_ => Messages.Get("notMarketingPurpose"));
        RuleFor(x => x.Input.Channel).NotNull()
            .NotEqual(Channel.All)
            .WithMessage(_ => Messages.Get("singleChannel"));
        When(x => x.Input?.Criteria is not null, () =>
        {
            RuleForEach(x => x.Input.Criteria!.PostalCodePrefixes)
                .Must(p => p is not null && p.Trim() is { Length: >= 1 and <= 5 } t && t.All(char.IsAsciiDigit))
                .WithMessage(_ => Messages.Get("postalCodePrefix"));
            RuleForEach(x => x.Input.Criteria!.Interests).NotEmpty().MaximumLength(50);
            RuleFor(x => x.Input.Criteria!.ProductGroupIds)
                .MustAsync(async (ids, ct) => ids is null || await db.ProductGroups.CountAsync(g => ids.Contains(g.Id), ct) == ids.Distinct().Count())
                .WithMessage(_ => Messages.Get("noSuchProductGroup"));
            RuleFor(x => x.Input.Criteria!.PurchasedTo)
                .Must((x, to) => x.Input.Criteria!.PurchasedFrom is not { } from || to is not { } end || from <= end)
                .WithMessage(_ => Messages.Get("periodOrder"));
        });
    }
}

internal sealed class CreateMarketingSelectionHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<CreateMarketingSelection, MarketingSelectionDto>
{
    public async ValueTask<MarketingSelectionDto> Handle(CreateMarketingSelection command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        var purpose = await db.Purposes.SingleAsync(p => p.Code == input.Purpose, cancellationToken);
        var criteria = input.Criteria.ToDomain();
        var selection = MarketingSelection.Create(Guid.CreateVersion7(), input.Name, purpose, input.Channel!.Value, criteria,
            clock.GetUtcNow(), currentUser.Username);
        db.MarketingSelections.Add(selection);
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"selection:{selection.Id}"]);
        return selection.ToDto(purpose.Code);
    }
}
