using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Disclosures;
using HsWorks.Domain.Audit;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Retention;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Retention;

/// <summary>Which rows a retention rule removes or anonymises.</summary>
public enum RetentionTarget
{
    ContactEntries,
    RecordingEntries,
    InvoiceEntries,
    ConsentEntries,

    /// <summary>Persons whose last legal basis lapsed: erased or anonymised as an erasure does (issue 12), invoices kept their own time.</summary>
    LapsedPersons,

    /// <summary>Consumer customers left only as the counterpart of invoices that have now gone.</summary>
    SpentCustomers,
}

/// <summary>What is due under one rule today: every id, in order.</summary>
public sealed record RetentionDueSet(string Category, RetentionTarget Target, RetentionAction Action, IReadOnlyList<string> Ids);

/// <summary>
/// Applies the retention rules (GDPR Art. 5(1)(e), issue 13) as of the injected clock's day in Finland: each kind of row by its own
/// rule — contacts, recordings (rows and files), invoices (Accounting Act), consents' evidence — and the persons whose last legal
/// basis lapsed (no customer relationship in force, no consent in force, no consent evidence still kept), who go through the same
/// erasure as a request (issue 12), so that what the law keeps (invoices) stays until its own time. Legal holds stop all of it for
/// their person or customer. The dry run reads exactly what a run would remove. A run needs the caller's transaction and takes the
/// retention advisory lock in it, so one instance runs at a time; every batch is audited with the rule that caused it, ids only.
/// </summary>
public sealed class RetentionEnforcement(IHsWorksDb db, IPersonErasure erasure, IRecordingStore recordings, TimeProvider clock)
{
    /// <summary>Rows handled per statement and per audit record.</summary>
    public const int BatchSize = 500;

    public DateOnly Today => FinnishDays.DayOf(clock.GetUtcNow());

    /// <summary>Everything due today, per rule, without changing anything.</summary>
    public async Task<IReadOnlyList<RetentionDueSet>> DueAsync(CancellationToken ct)
    {
        var context = await ContextAsync(ct);
        var sets = new List<RetentionDueSet>();
        if (context.Rule(RetentionCategories.Recordings) is { } recordingRule)
            sets.Add(Set(recordingRule, RetentionTarget.RecordingEntries, await DueRecordings(context, recordingRule).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct)));
        if (context.Rule(RetentionCategories.Contacts) is { } contactRule)
            sets.Add(Set(contactRule, RetentionTarget.ContactEntries, await DueContacts(context, contactRule).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct)));
        if (context.Rule(RetentionCategories.ConsentEvidence) is { } consentRule)
            sets.Add(Set(consentRule, RetentionTarget.ConsentEntries, await DueConsentPersonsAsync(context, consentRule, int.MaxValue, ct)));
        if (context.Rule(RetentionCategories.Invoicing) is { } invoiceRule)
            sets.Add(Set(invoiceRule, RetentionTarget.InvoiceEntries, await DueInvoices(context, invoiceRule).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct)));
        if (context.Rule(RetentionCategories.Basic) is { } basicRule)
            sets.Add(Set(basicRule, RetentionTarget.LapsedPersons, await LapsedPersonsAsync(context, basicRule, int.MaxValue, ct)));
        return sets;
    }

    /// <summary>
    /// Applies every rule in the open transaction; null when another instance holds the lock, or when <paramref name="oncePerDay"/>
    /// and a scheduled run has already been made today.
    /// </summary>
    public async Task<RetentionRun?> RunAsync(RetentionTrigger trigger, Guid? userId, string username, bool oncePerDay, CancellationToken ct)
    {
        if (!await db.TryLockRetentionAsync(ct)) return null;
        var now = clock.GetUtcNow();
        var today = FinnishDays.DayOf(now);
        if (oncePerDay && await db.RetentionRuns.AnyAsync(r => r.Trigger == RetentionTrigger.Scheduled && r.AsOf == today, ct)) return null;
        var run = RetentionRun.Start(Guid.CreateVersion7(), trigger, now, today, username);
        db.RetentionRuns.Add(run);
        await db.SaveChangesAsync(ct);
        var context = await ContextAsync(ct);
        var audit = new RunAudit(db, run, userId, username, now);
        var files = new List<Guid>();

        if (context.Rule(RetentionCategories.Recordings) is { } recordingRule)
            run.Recordings = await RemoveRecordingsAsync(context, recordingRule, audit, files, ct);
        if (context.Rule(RetentionCategories.Contacts) is { } contactRule)
            run.Contacts = await RemoveContactsAsync(context, contactRule, audit, ct);
        // Persons before their consent evidence: a person whose withdrawn consent was the last basis goes whole, by the erasure.
        if (context.Rule(RetentionCategories.Basic) is { } basicRule)
            run.Persons = await ErasePersonsAsync(context, basicRule, audit, files, now, ct);
        if (context.Rule(RetentionCategories.ConsentEvidence) is { } consentRule)
            run.ConsentEvents = await RemoveConsentEvidenceAsync(context, consentRule, audit, ct);
        if (context.Rule(RetentionCategories.Invoicing) is { } invoiceRule)
            run.Invoices = await RemoveInvoicesAsync(context, invoiceRule, audit, ct);
        run.Customers = await RemoveSpentCustomersAsync(context, audit, ct);

        run.Finish(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        // Files last, inside the unit, as an erasure does: a failed commit leaves rows without files, which the next run removes.
        foreach (var file in files) await recordings.DeleteAsync(file, ct);
        return run;
    }

    private static RetentionDueSet Set<T>(RetentionRule rule, RetentionTarget target, IEnumerable<T> ids) =>
        new(rule.Category, target, rule.Action, [.. ids.Select(i => i!.ToString()!)]);

    private sealed record Context(IReadOnlyDictionary<string, RetentionRule> Rules, FinancialYear FinancialYear, DateOnly Today,
        List<Guid> HeldPersons, List<Guid> HeldCustomers)
    {
        public RetentionRule? Rule(string category) => Rules.GetValueOrDefault(category);

        /// <summary>The latest own date a row of the rule may have and be due today; null when none is.</summary>
        public DateOnly? Cutoff(RetentionRule rule) => RetentionPeriods.LatestDue(Today, d => rule.KeepUntil(FinancialYear.StartEventOf(rule.Start, d)));
    }

    private async Task<Context> ContextAsync(CancellationToken ct)
    {
        var rules = await db.RetentionRules.AsNoTracking().ToDictionaryAsync(r => r.Category, ct);
        var financialYear = await db.FinancialYears.AsNoTracking().SingleOrDefaultAsync(ct) ?? FinancialYear.CalendarYear(clock.GetUtcNow());
        var holds = await db.LegalHolds.AsNoTracking().Where(h => h.LiftedAt == null).Select(h => new { h.PersonId, h.CustomerId }).ToListAsync(ct);
        var persons = holds.Where(h => h.PersonId is not null).Select(h => h.PersonId!.Value).ToList();
        var customers = holds.Where(h => h.CustomerId is not null).Select(h => h.CustomerId!.Value).ToList();
        // A held person's own customers are held, and a held customer's persons: the hold covers the whole relationship.
        customers.AddRange(await db.Customers.AsNoTracking().Where(c => c.PersonId != null && persons.Contains(c.PersonId.Value)).Select(c => c.Id).ToListAsync(ct));
        persons.AddRange(await db.Customers.AsNoTracking().Where(c => c.PersonId != null && customers.Contains(c.Id)).Select(c => c.PersonId!.Value).ToListAsync(ct));
        persons.AddRange(await db.ContactPersons.AsNoTracking().Where(cp => customers.Contains(cp.CustomerId)).Select(cp => cp.PersonId).ToListAsync(ct));
        return new Context(rules, financialYear, Today, [.. persons.Distinct()], [.. customers.Distinct()]);
    }

    private IQueryable<Customer> EndedBy(DateOnly cutoff) =>
        db.Customers.Where(k => k.RelationshipEndedOn != null && k.RelationshipEndedOn <= cutoff);

    private IQueryable<Contact> DueContacts(Context context, RetentionRule rule)
    {
        if (context.Cutoff(rule) is not { } cutoff) return db.Contacts.Where(c => false);
        var (persons, customers) = (context.HeldPersons, context.HeldCustomers);
        var due = db.Contacts.AsNoTracking()
            .Where(c => !customers.Contains(c.CustomerId) && (c.PersonId == null || !persons.Contains(c.PersonId.Value)));
        if (rule.Start == RetentionStart.ContactDate)
        {
            var before = FinnishDays.StartOf(cutoff.AddDays(1));
            due = due.Where(c => c.At < before);
        }
        else
        {
            var ended = EndedBy(cutoff);
            due = due.Where(c => ended.Any(k => k.Id == c.CustomerId));
        }
        // An anonymised contact is not due again.
        return rule.Action == RetentionAction.Anonymise ? due.Where(c => c.Notes != null || c.Outcome != null || c.PersonId != null) : due;
    }

    private IQueryable<Recording> DueRecordings(Context context, RetentionRule rule)
    {
        if (context.Cutoff(rule) is not { } cutoff) return db.Recordings.Where(r => false);
        var (persons, customers) = (context.HeldPersons, context.HeldCustomers);
        var heldContacts = db.Contacts.Where(c => c.PersonId != null && persons.Contains(c.PersonId.Value)).Select(c => (Guid?)c.Id);
        var due = db.Recordings.AsNoTracking().Where(r => !customers.Contains(r.CustomerId) && !heldContacts.Contains(r.ContactId));
        if (rule.Start == RetentionStart.RecordingDate)
        {
            var before = FinnishDays.StartOf(cutoff.AddDays(1));
            return due.Where(r => r.CreatedAt < before);
        }
        var ended = EndedBy(cutoff);
        return due.Where(r => ended.Any(k => k.Id == r.CustomerId));
    }

    private IQueryable<Invoice> DueInvoices(Context context, RetentionRule rule)
    {
        if (context.Cutoff(rule) is not { } cutoff) return db.Invoices.Where(i => false);
        var customers = context.HeldCustomers;
        return db.Invoices.AsNoTracking().Where(i => i.IssuedOn <= cutoff && !customers.Contains(i.CustomerId));
    }

    /// <summary>Persons whose every consent was withdrawn (none in force) longer ago than the rule keeps the evidence.</summary>
    private async Task<List<Guid>> DueConsentPersonsAsync(Context context, RetentionRule rule, int take, CancellationToken ct)
    {
        if (context.Cutoff(rule) is not { } cutoff) return [];
        var before = FinnishDays.StartOf(cutoff.AddDays(1));
        var persons = context.HeldPersons;
        var candidates = await db.ConsentEvents.AsNoTracking()
            .Where(e => !persons.Contains(e.PersonId))
            .GroupBy(e => e.PersonId)
            .Where(g => g.Max(e => e.At) < before)
            .Select(g => g.Key)
            .OrderBy(id => id)
            .ToListAsync(ct);
        var due = new List<Guid>();
        foreach (var chunk in candidates.Chunk(BatchSize))
        {
            var ledgers = await LedgersAsync(chunk, ct);
            due.AddRange(chunk.Where(id => !ledgers[id].Current().Any(s => s.Given)));
            if (due.Count >= take) break;
        }
        return [.. due.Take(take)];
    }

    private async Task<Dictionary<Guid, ConsentLedger>> LedgersAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var events = await db.ConsentEvents.AsNoTracking().Where(e => personIds.Contains(e.PersonId)).ToListAsync(ct);
        var byPerson = events.ToLookup(e => e.PersonId);
        return personIds.ToDictionary(id => id, id => new ConsentLedger([.. byPerson[id]]));
    }

    /// <summary>A person's links to customers, as a consumer or a contact person, with when each relationship ended.</summary>
    private IQueryable<PersonLink> Links() =>
        db.Customers.Where(c => c.PersonId != null).Select(c => new PersonLink { PersonId = c.PersonId!.Value, EndedOn = c.RelationshipEndedOn })
            .Concat(db.ContactPersons.Join(db.Customers, cp => cp.CustomerId, c => c.Id,
                (cp, c) => new PersonLink { PersonId = cp.PersonId, EndedOn = c.RelationshipEndedOn }));

    /// <summary>Initialised by members, not a constructor: EF translates a set operation of such projections.</summary>
    private sealed class PersonLink
    {
        public Guid PersonId { get; init; }

        public DateOnly? EndedOn { get; init; }
    }

    /// <summary>
    /// Persons whose last legal basis lapsed longer ago than the basic rule keeps them: every customer relationship ended (or none),
    /// no consent in force, any consent's evidence due too, and some recorded basis there was (a relationship or a consent) — or, where
    /// the rule runs from death, the date of death.
    /// </summary>
    private async Task<List<Guid>> LapsedPersonsAsync(Context context, RetentionRule rule, int take, CancellationToken ct)
    {
        if (context.Cutoff(rule) is not { } cutoff) return [];
        var held = context.HeldPersons;
        if (rule.Start == RetentionStart.Death)
            return await db.Persons.AsNoTracking().Where(p => p.DiedOn != null && p.DiedOn <= cutoff && !held.Contains(p.Id))
                .OrderBy(p => p.Id).Select(p => p.Id).Take(take).ToListAsync(ct);
        var before = FinnishDays.StartOf(cutoff.AddDays(1));
        var ended = await Links().Where(l => l.EndedOn != null && l.EndedOn <= cutoff).Select(l => l.PersonId).Distinct().ToListAsync(ct);
        var withdrawn = await db.ConsentEvents.AsNoTracking().GroupBy(e => e.PersonId).Where(g => g.Max(e => e.At) < before)
            .Select(g => g.Key).ToListAsync(ct);
        var candidates = ended.Union(withdrawn).Except(held).Order().ToList();
        var evidenceRule = context.Rule(RetentionCategories.ConsentEvidence);
        var due = new List<Guid>();
        foreach (var chunk in candidates.Chunk(BatchSize))
        {
            var links = (await Links().Where(l => chunk.Contains(l.PersonId)).ToListAsync(ct)).ToLookup(l => l.PersonId);
            var ledgers = await LedgersAsync(chunk, ct);
            foreach (var id in chunk)
            {
                if (links[id].Any(l => l.EndedOn is null || l.EndedOn > context.Today)) continue;
                var ledger = ledgers[id];
                if (ledger.Current().Any(s => s.Given)) continue;
                DateOnly? lastWithdrawal = ledger.History.Count > 0 ? FinnishDays.DayOf(ledger.History[^1].At) : null;
                if (lastWithdrawal is { } withdrawal && evidenceRule is not null && !evidenceRule.IsDue(withdrawal, context.Today)) continue;
                var lapsed = new[] { links[id].Max(l => l.EndedOn), lastWithdrawal }.Max();
                if (lapsed is { } day && rule.IsDue(day, context.Today)) due.Add(id);
            }
            if (due.Count >= take) break;
        }
        return [.. due.Take(take)];
    }

    private async Task<int> RemoveRecordingsAsync(Context context, RetentionRule rule, RunAudit audit, List<Guid> files, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var batch = await DueRecordings(context, rule).OrderBy(r => r.Id).Select(r => new { r.Id, r.CustomerId }).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) return total;
            var ids = batch.Select(r => r.Id).ToList();
            await db.Recordings.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(ct);
            files.AddRange(ids);
            audit.Record(rule, RetentionTarget.RecordingEntries, [], batch.Select(r => r.CustomerId), ids.Select(i => i.ToString()));
            total += batch.Count;
        }
    }

    private async Task<int> RemoveContactsAsync(Context context, RetentionRule rule, RunAudit audit, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var batch = await DueContacts(context, rule).OrderBy(c => c.Id).Select(c => new { c.Id, c.CustomerId, c.PersonId }).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) return total;
            var ids = batch.Select(c => c.Id).ToList();
            var rows = db.Contacts.Where(c => ids.Contains(c.Id));
            if (rule.Action == RetentionAction.Delete) await rows.ExecuteDeleteAsync(ct);
            else
                await rows.ExecuteUpdateAsync(s => s.SetProperty(c => c.Notes, (string?)null).SetProperty(c => c.Outcome, (string?)null)
                    .SetProperty(c => c.PersonId, (Guid?)null), ct);
            audit.Record(rule, RetentionTarget.ContactEntries, batch.Where(c => c.PersonId != null).Select(c => c.PersonId!.Value),
                batch.Select(c => c.CustomerId), ids.Select(i => i.ToString()));
            total += batch.Count;
        }
    }

    private async Task<int> RemoveConsentEvidenceAsync(Context context, RetentionRule rule, RunAudit audit, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var persons = await DueConsentPersonsAsync(context, rule, BatchSize, ct);
            if (persons.Count == 0) return total;
            await db.PermitLedgerDeletionsAsync(ct);
            var ids = await db.ConsentEvents.Where(e => persons.Contains(e.PersonId)).Select(e => e.Id).ToListAsync(ct);
            await db.ConsentEvents.Where(e => persons.Contains(e.PersonId)).ExecuteDeleteAsync(ct);
            audit.Record(rule, RetentionTarget.ConsentEntries, persons, [], ids.Select(i => i.ToString()));
            total += ids.Count;
        }
    }

    private async Task<int> RemoveInvoicesAsync(Context context, RetentionRule rule, RunAudit audit, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var batch = await DueInvoices(context, rule).OrderBy(i => i.Id).Select(i => new { i.Id, i.CustomerId }).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) return total;
            var ids = batch.Select(i => i.Id).ToList();
            // The collection history is the invoice's own ledger: it goes with it.
            await db.PermitLedgerDeletionsAsync(ct);
            await db.Invoices.Where(i => ids.Contains(i.Id)).ExecuteDeleteAsync(ct);
            audit.Record(rule, RetentionTarget.InvoiceEntries, [], batch.Select(i => i.CustomerId), ids.Select(i => i.ToString()));
            total += batch.Count;
        }
    }

    private async Task<int> ErasePersonsAsync(Context context, RetentionRule rule, RunAudit audit, List<Guid> files, DateTimeOffset now, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var persons = await LapsedPersonsAsync(context, rule, BatchSize, ct);
            if (persons.Count == 0) return total;
            foreach (var personId in persons)
            {
                var customers = await db.Customers.AsNoTracking().Where(c => c.PersonId == personId).Select(c => c.Id).ToListAsync(ct);
                // Recipients are told as of any erasure (Art. 19), before the erasure reduces the disclosure records' persons.
                await RecipientNotices.AddAsync(db, personId, NoticeType.PersonErased, now, ct);
                await db.SaveChangesAsync(ct);
                var done = await erasure.EraseAsync([personId], now, ct);
                files.AddRange(done.RecordingIds);
                audit.Record(rule, RetentionTarget.LapsedPersons, [personId], customers, [personId.ToString(), $"items:{done.Items.Count}"]);
            }
            total += persons.Count;
        }
    }

    /// <summary>An erased consumer's customer row stays only as its invoices' counterpart; when the last invoice has gone, so does the row.</summary>
    private async Task<int> RemoveSpentCustomersAsync(Context context, RunAudit audit, CancellationToken ct)
    {
        var held = context.HeldCustomers;
        var spent = await db.Customers.AsNoTracking()
            .Where(c => c.ErasedAt != null && !held.Contains(c.Id) && !db.Invoices.Any(i => i.CustomerId == c.Id))
            .Select(c => c.Id).ToListAsync(ct);
        if (spent.Count == 0) return 0;
        await db.Customers.Where(c => spent.Contains(c.Id)).ExecuteDeleteAsync(ct);
        if (context.Rule(RetentionCategories.Invoicing) is { } rule) audit.Record(rule, RetentionTarget.SpentCustomers, [], spent, spent.Select(i => i.ToString()));
        return spent.Count;
    }

    /// <summary>One audit record per batch: the run, the rule, the action and the rows' ids — never a personal value.</summary>
    private sealed class RunAudit(IHsWorksDb db, RetentionRun run, Guid? userId, string username, DateTimeOffset now)
    {
        public void Record(RetentionRule rule, RetentionTarget target, IEnumerable<Guid> persons, IEnumerable<Guid> customers, IEnumerable<string> ids) =>
            db.AuditRecords.Add(AuditRecord.Create(now, userId, username,
                $"retention.{EnumNames.ToWire(rule.Action)}",
                persons, customers,
                [$"run:{run.Id}", $"rule:{rule.Category}", $"action:{EnumNames.ToWire(rule.Action)}", $"target:{EnumNames.ToWire(target)}",
                    .. ids.Select(id => $"id:{id}")]));
    }
}
