using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
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
    IReadOnlyDictionary<string, RetentionRule> Retention)
{
    public static async Task<RegisterFacts> LoadAsync(IHsWorksDb db, IRetentionTexts retention, CancellationToken cancellationToken)
    {
        var controller = await db.ControllerDetails.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Controller");
        var purposes = await db.Purposes.AsNoTracking().OrderBy(p => p.IsMarketing).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        var recipients = await db.Recipients.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        // Every category a purpose uses or a recipient receives, in the purposes' order.
        var categories = purposes.SelectMany(p => p.DataCategories).Concat(recipients.SelectMany(r => r.DataCategories)).Distinct().ToList();
        var texts = new Dictionary<string, RetentionRule>();
        foreach (var category in categories) texts[category] = await retention.OfAsync(category, cancellationToken);
        return new RegisterFacts(controller, purposes, recipients, categories, texts);
    }

    /// <summary>The recipients of a purpose: those that name it, and those that name none (a processor that holds the whole register).</summary>
    public IEnumerable<Recipient> RecipientsOf(Purpose purpose) =>
        Recipients.Where(r => r.Purposes.Count == 0 || r.Purposes.Contains(purpose.Code));
}
