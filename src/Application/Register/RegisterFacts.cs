using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Retention;
using HsWorks.Domain.Common;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Register;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Register;

/// <summary>
/// The live records the register describes itself from — the controller, the purposes, the recipients and the retention of every data
/// category they name — read once, so that the privacy notice and the record of processing can never drift from what the system does.
/// </summary>
internal sealed record RegisterFacts(
    ControllerDetails Controller, IReadOnlyList<Purpose> Purposes, IReadOnlyList<Recipient> Recipients, IReadOnlyList<string> Categories,
    IReadOnlyDictionary<string, RetentionText> Retention)
{
    public static async Task<RegisterFacts> LoadAsync(IHsWorksDb db, IRetentionTexts retention, CancellationToken cancellationToken)
    {
        var controller = await db.ControllerDetails.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Controller");
        var purposes = await db.Purposes.AsNoTracking().OrderBy(p => p.IsMarketing).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        var recipients = await db.Recipients.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        // Every category a purpose uses or a recipient receives, in the purposes' order.
        var categories = purposes.SelectMany(p => p.DataCategories).Concat(recipients.SelectMany(r => r.DataCategories)).Distinct().ToList();
        // The notice is published in all three languages at once, so each category's text is read in each.
        var fi = await retention.InAsync("fi", cancellationToken);
        var sv = await retention.InAsync("sv", cancellationToken);
        var en = await retention.InAsync("en", cancellationToken);
        var texts = categories.ToDictionary(c => c, c => new RetentionText(fi(c), sv(c), en(c)));
        return new RegisterFacts(controller, purposes, recipients, categories, texts);
    }

    /// <summary>The recipients of a purpose: those that name it, and those that name none (a processor that holds the whole register).</summary>
    public IEnumerable<Recipient> RecipientsOf(Purpose purpose) =>
        Recipients.Where(r => r.Purposes.Count == 0 || r.Purposes.Contains(purpose.Code));
}

/// <summary>How long a data category is kept, in the register's three languages, as the retention rules say it.</summary>
internal sealed record RetentionText(string Fi, string Sv, string En)
{
    public string In(string language) => Localised.Pick(language, Fi, Sv, En);
}
