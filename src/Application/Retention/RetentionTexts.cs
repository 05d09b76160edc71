using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Common;
using HsWorks.Domain.Retention;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Retention;

/// <summary>
/// How long each data category is kept, in words, as the retention rules say it (GDPR Art. 13(2)(a), 15(1)(d)): the one source of
/// the retention texts of the access report and the privacy notice.
/// </summary>
public interface IRetentionTexts
{
    /// <summary>The text of each category in the language (fi, sv, en); a category without a rule gets the criteria that decide it.</summary>
    Task<Func<string, string>> InAsync(string language, CancellationToken cancellationToken);
}

internal sealed class RetentionTexts(IHsWorksDb db) : IRetentionTexts
{
    public async Task<Func<string, string>> InAsync(string language, CancellationToken cancellationToken)
    {
        var rules = await db.RetentionRules.AsNoTracking().ToDictionaryAsync(r => r.Category, cancellationToken);
        var undecided = Localised.Pick(language, RetentionDefaults.Undecided.Fi, RetentionDefaults.Undecided.Sv, RetentionDefaults.Undecided.En);
        return category => rules.TryGetValue(category, out var rule) ? rule.ReasonIn(language) : undecided;
    }
}
