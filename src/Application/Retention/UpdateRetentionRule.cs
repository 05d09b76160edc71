using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Retention;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Retention;

/// <summary>Changes a category's retention rule against the version the caller read; the next run applies it.</summary>
[RequiresPermission(Permission.RetentionManage)]
[Audited("retention.rule.update")]
public sealed record UpdateRetentionRule(string Category, uint? ExpectedVersion, RetentionRuleInput Input) : ICommand<RetentionRuleDto>;

internal sealed class UpdateRetentionRuleValidator : AbstractValidator<UpdateRetentionRule>
{
    public UpdateRetentionRuleValidator()
    {
        RuleFor(x => x.Category).NotEmpty().MaximumLength(RetentionCategories.MaxCategoryLength);
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Period).NotNull().InclusiveBetween(0, RetentionPeriods.MaxYears * 366);
        RuleFor(x => x.Input.Unit).NotNull();
        RuleFor(x => x.Input.Start).NotNull();
        RuleFor(x => x.Input.Action).NotNull();
        RuleFor(x => x.Input.ReasonFi).NotEmpty().MaximumLength(RetentionRule.MaxReasonLength);
        RuleFor(x => x.Input.ReasonSv).NotEmpty().MaximumLength(RetentionRule.MaxReasonLength);
        RuleFor(x => x.Input.ReasonEn).NotEmpty().MaximumLength(RetentionRule.MaxReasonLength);
    }
}

internal sealed class UpdateRetentionRuleHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<UpdateRetentionRule, RetentionRuleDto>
{
    public async ValueTask<RetentionRuleDto> Handle(UpdateRetentionRule command, CancellationToken cancellationToken)
    {
        var rule = await db.RetentionRules.SingleOrDefaultAsync(r => r.Category == command.Category, cancellationToken)
            ?? throw new NotFoundException("Retention rule");
        if (command.ExpectedVersion is not { } expected) throw new VersionRequiredException();
        if (rule.Version != expected) throw new StaleWriteException();
        db.ExpectVersion(rule, expected);
        var input = command.Input;
        var changed = rule.Change(input.Period!.Value, input.Unit!.Value, input.Start!.Value, input.Action!.Value, input.ReasonFi!, input.ReasonSv!,
            input.ReasonEn!, clock.GetUtcNow(), currentUser.Username);
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"rule:{rule.Category}", .. changed]);
        return rule.ToDto();
    }
}
