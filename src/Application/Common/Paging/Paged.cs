using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Common.Paging;

/// <summary>One page of a list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary>Deep enough for any real list, shallow enough that the offset never overflows.</summary>
    public const int MaxPage = 100_000;

    public static (int Page, int PageSize) Normalise(int? page, int? pageSize) =>
        (Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(pageSize ?? 25, 1, MaxPageSize));

    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> query, int page, int pageSize, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedResult<T>(items, page, pageSize, total);
    }
}
