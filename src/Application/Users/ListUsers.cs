using FluentValidation;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Users;

[RequiresPermission(Permission.UsersManage)]
public sealed record ListUsers(string? Q, int? Page, int? PageSize) : IQuery<PagedResult<UserDto>>;

internal sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator() => RuleFor(x => x.Q).MaximumLength(ValueObjectRules.MaxFilterLength);
}

internal sealed class ListUsersHandler(IHsWorksDb db) : IQueryHandler<ListUsers, PagedResult<UserDto>>
{
    public async ValueTask<PagedResult<UserDto>> Handle(ListUsers query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var users = db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToLower();
            users = users.Where(u => u.Username.Contains(q) || u.DisplayName.ToLower().Contains(q));
        }
        return await users.OrderBy(u => u.Username).ProjectToDto().ToPageAsync(page, pageSize, cancellationToken);
    }
}
