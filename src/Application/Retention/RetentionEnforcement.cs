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

    /// <summary>Purchases (and their contracts) of customers whose relationship ended longer ago than the contract rule keeps them.</summary>
    PurchaseEntries,

    /// <summary>Warranties recorded on those customers' assets, by the contract rule.</summary>
    WarrantyEntries,

    /// <summary>Assets (devices, software, licences) by the devices rule.</summary>
    AssetEntries,

    /// <summary>Remote-connection records (with their encrypted secrets) by the devices rule: always deleted, a secret has no anonymous form.</summary>
    RemoteAccessEntries,

    ProblemEntries,
    InterestEntries,

    /// <summary>An ended customer's contact-person links, once nothing else of the customer is kept (basic rule).</summary>
    ContactPersonLinks,

    /// <summary>Persons with no recorded basis at all (no customer link, consent or request), by the basic rule from their last change.</summary>
    PersonsWithoutBasis,
}

/// <summary>What is due under one rule today: every id, in order.</summary>
public sealed record RetentionDueSet(string Category, RetentionTarget Target, RetentionAction Action, IReadOnlyList<string> Ids);

/// <summary>
/// Applies the retention rules (GDPR Art. 5(1)(e), issue 13) as of the injected clock's day in Finland: each kind of row by its own
/// rule — contacts, recordings (rows and files), invoices (Accounting Act), consents' evidence, a customer's purchases and warranties
/// (contract), assets and remote connections (devices), problems and interests — and the persons whose last legal basis lapsed (no
/// customer relationship in force, no consent in force, no consent evidence still kept) or who never had one recorded, who go
/// through the same erasure as a request (issue 12), so that what the law keeps (invoices) stays until its own time. Legal holds stop
/// all of it for their person or customer; a request in progress or a restriction of processing keeps the person. The dry run reads
/// exactly what a run would remove. A run holds the session-level retention lock for its whole length, so one instance runs at a
/// time, and commits batch by batch (each its own short transaction, audited with the rule that caused it, ids only), so no
/// transaction holds locks for long and what a failed run did stays done.
/// </summary>
public sealed class RetentionEnforcement(IHsWorksDb db, IPersonErasure erasure, IRecordingStore recordings, TimeProvider clock)
{
    /// <summary>Rows handled per statement, per audit record and per transaction.</summary>
    public const int BatchSize = 500;

    /// <summary>Persons erased per transaction: each is an erasure over every table, so fewer than rows.</summary>
    public const int PersonBatchSize = 50;

    /// <summary>What an anonymised problem's description becomes: the row stays for the customer's history, without its words.</summary>
    public const string AnonymisedText = "—";

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
        foreach (var (rule, target) in RecordTargets(context))
        {
            var owners = await OwnersAsync(context, rule, ct);
            sets.Add(Set(rule, target, await DueRecordIds(context, rule, target, owners).OrderBy(id => id).ToListAsync(ct)));
        }
        if (context.Rule(RetentionCategories.ConsentEvidence) is { } consentRule)
            sets.Add(Set(consentRule, RetentionTarget.ConsentEntries, await DueConsentPersonsAsync(context, consentRule, int.MaxValue, ct)));
        if (context.Rule(RetentionCategories.Invoicing) is { } invoiceRule)
            sets.Add(Set(invoiceRule, RetentionTarget.InvoiceEntries, await DueInvoices(context, invoiceRule).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct)));
        if (context.Rule(RetentionCategories.Basic) is { } basicRule)
        {
            sets.Add(Set(basicRule, RetentionTarget.LapsedPersons, await LapsedPersonsAsync(context, basicRule, int.MaxValue, ct)));
            sets.Add(Set(basicRule, RetentionTarget.PersonsWithoutBasis, await WithoutBasis(context, basicRule).ToListAsync(ct)));
            sets.Add(Set(basicRule, RetentionTarget.ContactPersonLinks,
                await DueContactPersonLinks(context, basicRule).OrderBy(cp => cp.CustomerId).ThenBy(cp => cp.PersonId)
                    .Select(cp => cp.CustomerId.ToString() + ":" + cp.PersonId.ToString()).ToListAsync(ct)));
        }
        return sets;
    }

    /// <summary>
    /// Applies every rule, batch by batch, each batch in its own transaction; null when another instance holds the lock, or when
    /// <paramref name="oncePerDay"/> and a scheduled run has already been made today. Must not run inside a caller's transaction.
    /// </summary>
    public async Task<RetentionRun?> RunAsync(RetentionTrigger trigger, Guid? userId, string username, bool oncePerDay, CancellationToken ct)
    {
        await using var held = await db.TryHoldRetentionLockAsync(ct);
        if (held is null) return null;
        var now = clock.GetUtcNow();
        var today = FinnishDays.DayOf(now);
        // Under the lock no other run is alive: one still marked running died half-way (its committed batches stay done).
        await db.RetentionRuns.Where(r => r.Status == RetentionRunStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RetentionRunStatus.Failed).SetProperty(r => r.FinishedAt, now), ct);
        if (oncePerDay && await db.RetentionRuns.AnyAsync(r => r.Trigger == RetentionTrigger.Scheduled && r.AsOf == today, ct)) return null;
        var run = RetentionRun.Start(Guid.CreateVersion7(), trigger, now, today, username);
        db.RetentionRuns.Add(run);
        await db.SaveChangesAsync(ct);
        try
        {
            await ApplyAsync(run, new RunAudit(db, run, userId, username, now), now, ct);
            run.Finish(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return run;
        }
        catch
        {
            // What the committed batches did stays done and audited; the run shows where it stopped.
            var failedAt = clock.GetUtcNow();
            await db.RetentionRuns.Where(r => r.Id == run.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RetentionRunStatus.Failed).SetProperty(r => r.FinishedAt, failedAt), CancellationToken.None);
            throw;
        }
    }

    private async Task ApplyAsync(RetentionRun run, RunAudit audit, DateTimeOffset now, CancellationToken ct)
    {
        var context = await ContextAsync(ct);
        var batches = new Batches(db, recordings, run);
        if (context.Rule(RetentionCategories.Recordings) is { } recordingRule)
            await batches.RepeatAsync(recordingRule, files => RemoveRecordingsAsync(context, recordingRule, audit, files, ct), (r, n) => r.Recordings += n, ct);
        if (context.Rule(RetentionCategories.Contacts) is { } contactRule)
            await batches.RepeatAsync(contactRule, _ => RemoveContactsAsync(context, contactRule, audit, ct), (r, n) => r.Contacts += n, ct);
        foreach (var (rule, target) in RecordTargets(context))
        {
            var owners = await OwnersAsync(context, rule, ct);
            await batches.RepeatAsync(rule, _ => RemoveRecordsAsync(context, rule, target, owners, audit, ct), Counter(target), ct);
        }
        // Persons before their consent evidence: a person whose withdrawn consent was the last basis goes whole, by the erasure.
        if (context.Rule(RetentionCategories.Basic) is { } basicRule)
        {
            await batches.RepeatAsync(basicRule, async files => await ErasePersonsAsync(
                await LapsedPersonsAsync(context, basicRule, PersonBatchSize, ct), basicRule, RetentionTarget.LapsedPersons, audit, files, now, ct),
                (r, n) => r.Persons += n, ct);
            await batches.RepeatAsync(basicRule, async files => await ErasePersonsAsync(
                await WithoutBasis(context, basicRule).Take(PersonBatchSize).ToListAsync(ct), basicRule, RetentionTarget.PersonsWithoutBasis, audit, files, now, ct),
                (r, n) => r.Persons += n, ct);
        }
        if (context.Rule(RetentionCategories.ConsentEvidence) is { } consentRule)
            await batches.RepeatAsync(consentRule, _ => RemoveConsentEvidenceAsync(context, consentRule, audit, ct), (r, n) => r.ConsentEvents += n, ct);
        if (context.Rule(RetentionCategories.Invoicing) is { } invoiceRule)
        {
            await batches.RepeatAsync(invoiceRule, _ => RemoveInvoicesAsync(context, invoiceRule, audit, ct), (r, n) => r.Invoices += n, ct);
            await batches.RepeatAsync(invoiceRule, _ => RemoveSpentCustomersAsync(context, invoiceRule, audit, ct), (r, n) => r.Customers += n, ct);
        }
        // Last: the customer's other rows have had their turn in this run, so "nothing else kept" is today's answer.
        if (context.Rule(RetentionCategories.Basic) is { } linkRule)
            await batches.RepeatAsync(linkRule, _ => RemoveContactPersonLinksAsync(context, linkRule, audit, ct), (r, n) => r.ContactPersonLinks += n, ct);
    }

    private static Action<RetentionRun, int> Counter(RetentionTarget target) => target switch
    {
        RetentionTarget.PurchaseEntries => (r, n) => r.Purchases += n,
        RetentionTarget.WarrantyEntries => (r, n) => r.Warranties += n,
        RetentionTarget.RemoteAccessEntries => (r, n) => r.RemoteAccesses += n,
        RetentionTarget.AssetEntries => (r, n) => r.Assets += n,
        RetentionTarget.ProblemEntries => (r, n) => r.Problems += n,
        RetentionTarget.InterestEntries => (r, n) => r.Interests += n,
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    /// <summary>
    /// Runs one kind of batch until nothing is due: each batch in its own transaction with its audit record and the run's progress,
    /// the recording files it removed deleted only once it has committed (a failed commit leaves rows and files for the next run).
    /// </summary>
    private sealed class Batches(IHsWorksDb db, IRecordingStore recordings, RetentionRun run)
    {
        public async Task RepeatAsync(RetentionRule rule, Func<List<Guid>, Task<int>> batch, Action<RetentionRun, int> counted, CancellationToken ct)
        {
            run.Enter(rule.Category);
            while (true)
            {
                var files = new List<Guid>();
                int count;
                await using (var transaction = await db.BeginTransactionAsync(ct))
                {
                    count = await batch(files);
                    counted(run, count);
                    await db.SaveChangesAsync(ct);
                    if (transaction is not null) await transaction.CommitAsync(ct);
                }
                foreach (var file in files) await recordings.DeleteAsync(file, ct);
                if (count == 0) return;
            }
        }
    }

    private static RetentionDueSet Set<T>(RetentionRule rule, RetentionTarget target, IEnumerable<T> ids) =>
        new(rule.Category, target, rule.Action, [.. ids.Select(i => i!.ToString()!)]);

    /// <param name="KeptPersons">The held persons and those no retention may erase now: a data-subject request in progress about them,
    /// or a restriction of processing (Art. 18) in force.</param>
    private sealed record Context(IReadOnlyDictionary<string, RetentionRule> Rules, FinancialYear FinancialYear, DateOnly Today,
        List<Guid> HeldPersons, List<Guid> HeldCustomers, List<Guid> KeptPersons)
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
        var kept = await db.DataSubjectRequests.AsNoTracking().Where(r => r.ClosedAt == null).SelectMany(r => r.PersonIds).ToListAsync(ct);
        kept.AddRange(await db.Persons.AsNoTracking().Where(p => p.ProcessingRestricted).Select(p => p.Id).ToListAsync(ct));
        kept.AddRange(persons);
        return new Context(rules, financialYear, Today, [.. persons.Distinct()], [.. customers.Distinct()], [.. kept.Distinct()]);
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
        var held = context.KeptPersons;
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
        var batch = await DueRecordings(context, rule).OrderBy(r => r.Id).Select(r => new { r.Id, r.CustomerId }).Take(BatchSize).ToListAsync(ct);
        if (batch.Count == 0) return 0;
        var ids = batch.Select(r => r.Id).ToList();
        await db.Recordings.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(ct);
        files.AddRange(ids);
        audit.Record(rule, RetentionTarget.RecordingEntries, [], batch.Select(r => r.CustomerId), ids.Select(i => i.ToString()));
        return batch.Count;
    }

    private async Task<int> RemoveContactsAsync(Context context, RetentionRule rule, RunAudit audit, CancellationToken ct)
    {
        var batch = await DueContacts(context, rule).OrderBy(c => c.Id).Select(c => new { c.Id, c.CustomerId, c.PersonId }).Take(BatchSize).ToListAsync(ct);
        if (batch.Count == 0) return 0;
        var ids = batch.Select(c => c.Id).ToList();
        var rows = db.Contacts.Where(c => ids.Contains(c.Id));
        if (rule.Action == RetentionAction.Delete) await rows.ExecuteDeleteAsync(ct);
        else
            await rows.ExecuteUpdateAsync(s => s.SetProperty(c => c.Notes, (string?)null).SetProperty(c => c.Outcome, (string?)null)
                .SetProperty(c => c.PersonId, (Guid?)null), ct);
        audit.Record(rule, RetentionTarget.ContactEntries, batch.Where(c => c.PersonId != null).Select(c => c.PersonId!.Value),
            batch.Select(c => c.CustomerId), ids.Select(i => i.ToString()));
        return batch.Count;
    }

    private async Task<int> RemoveConsentEvidenceAsync(Context context, RetentionRule rule, RunAudit audit, CancellationToken ct)
    {
        var persons = await DueConsentPersonsAsync(context, rule, BatchSize, ct);
        if (persons.Count == 0) return 0;
        await db.PermitLedgerDeletionsAsync(ct);
        var ids = await db.ConsentEvents.Where(e => persons.Contains(e.PersonId)).Select(e => e.Id).ToListAsync(ct);
        await db.ConsentEvents.Where(e => persons.Contains(e.PersonId)).ExecuteDeleteAsync(ct);
        audit.Record(rule, RetentionTarget.ConsentEntries, persons, [], ids.Select(i => i.ToString()));
        return ids.Count;
    }

    private async Task<int> RemoveInvoicesAsync(Context context, RetentionRule rule, RunAudit audit, CancellationToken ct)
    {
        var batch = await DueInvoices(context, rule).OrderBy(i => i.Id).Select(i => new { i.Id, i.CustomerId }).Take(BatchSize).ToListAsync(ct);
        if (batch.Count == 0) return 0;
        var ids = batch.Select(i => i.Id).ToList();
        // The collection history is the invoice's own ledger: it goes with it.
        await db.PermitLedgerDeletionsAsync(ct);
        await db.Invoices.Where(i => ids.Contains(i.Id)).ExecuteDeleteAsync(ct);
        audit.Record(rule, RetentionTarget.InvoiceEntries, [], batch.Select(i => i.CustomerId), ids.Select(i => i.ToString()));
        return batch.Count;
    }

    private async Task<int> ErasePersonsAsync(List<Guid> persons, RetentionRule rule, RetentionTarget target, RunAudit audit, List<Guid> files,
        DateTimeOffset now, CancellationToken ct)
    {
        foreach (var personId in persons)
        {
            var customers = await db.Customers.AsNoTracking().Where(c => c.PersonId == personId).Select(c => c.Id).ToListAsync(ct);
            // Recipients are told as of any erasure (Art. 19), before the erasure reduces the disclosure records' persons.
            await RecipientNotices.AddAsync(db, personId, NoticeType.PersonErased, now, ct);
            await db.SaveChangesAsync(ct);
            var done = await erasure.EraseAsync([personId], now, ct);
            files.AddRange(done.RecordingIds);
            audit.Record(rule, target, [personId], customers, [personId.ToString(), $"items:{done.Items.Count}"]);
        }
        return persons.Count;
    }

    /// <summary>An erased consumer's customer row stays only as its invoices' counterpart; when the last invoice has gone, so does the row.</summary>
    private async Task<int> RemoveSpentCustomersAsync(Context context, RetentionRule rule, RunAudit audit, CancellationToken ct)
    {
        var held = context.HeldCustomers;
        var spent = await db.Customers.AsNoTracking()
            .Where(c => c.ErasedAt != null && !held.Contains(c.Id) && !db.Invoices.Any(i => i.CustomerId == c.Id))
            .OrderBy(c => c.Id).Select(c => c.Id).Take(BatchSize).ToListAsync(ct);
        if (spent.Count == 0) return 0;
        await db.Customers.Where(c => spent.Contains(c.Id)).ExecuteDeleteAsync(ct);
        audit.Record(rule, RetentionTarget.SpentCustomers, [], spent, spent.Select(i => i.ToString()));
        return spent.Count;
    }

    /// <summary>The customer-record categories that have a rule, each with the rows it covers (remote connections before their assets).</summary>
    private static IEnumerable<(RetentionRule Rule, RetentionTarget Target)> RecordTargets(Context context)
    {
        (string Category, RetentionTarget Target)[] targets =
        [
            (RetentionCategories.Contract, RetentionTarget.PurchaseEntries),
            (RetentionCategories.Contract, RetentionTarget.WarrantyEntries),
            (RetentionCategories.Devices, RetentionTarget.RemoteAccessEntries),
            (RetentionCategories.Devices, RetentionTarget.AssetEntries),
            (RetentionCategories.Problems, RetentionTarget.ProblemEntries),
            (RetentionCategories.Interests, RetentionTarget.InterestEntries),
        ];
        foreach (var (category, target) in targets)
            if (context.Rule(category) is { } rule) yield return (rule, target);
    }

    /// <summary>The customers (and, for interests, persons) whose rows of a customer-record category are due under its rule.</summary>
    private sealed record Owners(List<Guid> Customers, List<Guid> Persons);

    /// <summary>
    /// Whose records a customer-record rule makes due today: customers whose relationship ended on or before the cutoff (from the
    /// relationship's end, or from a withdrawn consent, whichever comes first: "until the consent is withdrawn or the relationship
    /// ends"); with a withdrawn consent also the consumers (and interests) of persons whose last consent was withdrawn by then; from
    /// death, the consumers who died by then. Held customers and persons never.
    /// </summary>
    private async Task<Owners> OwnersAsync(Context context, RetentionRule rule, CancellationToken ct)
    {
        if (context.Cutoff(rule) is not { } cutoff) return new Owners([], []);
        var persons = rule.Start switch
        {
            RetentionStart.Death => await db.Persons.AsNoTracking().Where(p => p.DiedOn != null && p.DiedOn <= cutoff).Select(p => p.Id).ToListAsync(ct),
            RetentionStart.LastConsentWithdrawn => await DueConsentPersonsAsync(context, rule, int.MaxValue, ct),
            _ => [],
        };
        persons = [.. persons.Except(context.HeldPersons)];
        var ended = rule.Start != RetentionStart.Death;
        var held = context.HeldCustomers;
        var customers = await db.Customers.AsNoTracking()
            .Where(c => !held.Contains(c.Id) && c.ErasedAt == null
                && ((ended && c.RelationshipEndedOn != null && c.RelationshipEndedOn <= cutoff) || (c.PersonId != null && persons.Contains(c.PersonId.Value))))
            .Select(c => c.Id).ToListAsync(ct);
        return new Owners(customers, persons);
    }

    /// <summary>The ids of the rows of one customer-record target due now (an anonymised row is not due again).</summary>
    private IQueryable<Guid> DueRecordIds(Context context, RetentionRule rule, RetentionTarget target, Owners owners)
    {
        var (customers, persons, held) = (owners.Customers, owners.Persons, context.HeldPersons);
        var anonymise = rule.Action == RetentionAction.Anonymise;
        return target switch
        {
            RetentionTarget.PurchaseEntries => db.Purchases.Where(p => customers.Contains(p.CustomerId) && (p.PersonId == null || !held.Contains(p.PersonId.Value))
                && (!anonymise || p.PersonId != null || p.Reason != null)).Select(p => p.Id),
            RetentionTarget.WarrantyEntries => db.Assets.Where(a => customers.Contains(a.CustomerId) && a.Warranty != null).Select(a => a.Id),
            RetentionTarget.RemoteAccessEntries => db.RemoteAccesses.Where(r => customers.Contains(r.CustomerId)).Select(r => r.Id),
            RetentionTarget.AssetEntries => db.Assets.Where(a => customers.Contains(a.CustomerId)
                && (!anonymise || a.SerialNumber != null || a.LicenceKey != null || a.InstalledAt != null)).Select(a => a.Id),
            RetentionTarget.ProblemEntries => db.Problems.Where(p => customers.Contains(p.CustomerId) && (!anonymise || p.Description != AnonymisedText)).Select(p => p.Id),
            RetentionTarget.InterestEntries => db.Interests.Where(i => (customers.Contains(i.CustomerId) || (i.PersonId != null && persons.Contains(i.PersonId.Value)))
                && (i.PersonId == null || !held.Contains(i.PersonId.Value)) && (!anonymise || i.PersonId != null)).Select(i => i.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };
    }

    /// <summary>
    /// One batch of a customer-record target: deleted, or anonymised (the person link and free text cleared; a device's serial number,
    /// licence key and installation place). A remote connection is always deleted, its secret has no anonymous form; a warranty is
    /// cleared from its asset either way, as it has no part worth keeping without its terms.
    /// </summary>
    private async Task<int> RemoveRecordsAsync(Context context, RetentionRule rule, RetentionTarget target, Owners owners, RunAudit audit, CancellationToken ct)
    {
        var ids = await DueRecordIds(context, rule, target, owners).OrderBy(id => id).Take(BatchSize).ToListAsync(ct);
        if (ids.Count == 0) return 0;
        var delete = rule.Action == RetentionAction.Delete;
        List<Guid> customers;
        var persons = new List<Guid>();
        switch (target)
        {
            case RetentionTarget.PurchaseEntries:
                var purchases = db.Purchases.Where(p => ids.Contains(p.Id));
                customers = await purchases.Select(p => p.CustomerId).Distinct().ToListAsync(ct);
                persons = await purchases.Where(p => p.PersonId != null).Select(p => p.PersonId!.Value).Distinct().ToListAsync(ct);
                if (delete) await purchases.ExecuteDeleteAsync(ct);
                else await purchases.ExecuteUpdateAsync(s => s.SetProperty(p => p.PersonId, (Guid?)null).SetProperty(p => p.Reason, (string?)null), ct);
                break;
            case RetentionTarget.WarrantyEntries:
                var assets = await db.Assets.Where(a => ids.Contains(a.Id)).ToListAsync(ct);
                foreach (var asset in assets) asset.ForgetWarranty();
                customers = [.. assets.Select(a => a.CustomerId).Distinct()];
                break;
            case RetentionTarget.RemoteAccessEntries:
                var accesses = db.RemoteAccesses.Where(r => ids.Contains(r.Id));
                customers = await accesses.Select(r => r.CustomerId).Distinct().ToListAsync(ct);
                await accesses.ExecuteDeleteAsync(ct);
                break;
            case RetentionTarget.AssetEntries:
                var devices = db.Assets.Where(a => ids.Contains(a.Id));
                customers = await devices.Select(a => a.CustomerId).Distinct().ToListAsync(ct);
                if (delete) await devices.ExecuteDeleteAsync(ct);
                else
                    await devices.ExecuteUpdateAsync(s => s.SetProperty(a => a.SerialNumber, (string?)null).SetProperty(a => a.LicenceKey, (string?)null)
                        .SetProperty(a => a.InstalledAt, (string?)null), ct);
                break;
            case RetentionTarget.ProblemEntries:
                var problems = db.Problems.Where(p => ids.Contains(p.Id));
                customers = await problems.Select(p => p.CustomerId).Distinct().ToListAsync(ct);
                if (delete) await problems.ExecuteDeleteAsync(ct);
                else await problems.ExecuteUpdateAsync(s => s.SetProperty(p => p.Description, AnonymisedText), ct);
                break;
            case RetentionTarget.InterestEntries:
                var interests = db.Interests.Where(i => ids.Contains(i.Id));
                customers = await interests.Select(i => i.CustomerId).Distinct().ToListAsync(ct);
                persons = await interests.Where(i => i.PersonId != null).Select(i => i.PersonId!.Value).Distinct().ToListAsync(ct);
                if (delete) await interests.ExecuteDeleteAsync(ct);
                else await interests.ExecuteUpdateAsync(s => s.SetProperty(i => i.PersonId, (Guid?)null), ct);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target));
        }
        audit.Record(rule, target, persons, customers, ids.Select(i => i.ToString()));
        return ids.Count;
    }

    /// <summary>
    /// Persons with no recorded basis at all — no customer link as a consumer or contact person, no consent event (given or
    /// withdrawn), no request in progress — such as a person entered by hand or by a lead that went nowhere. The basic rule's
    /// period runs from the last change to the person or the last contact with them, whichever is later (Art. 5(1)(e): nothing
    /// else says they are still needed). Not where the basic rule runs from death: that reads the date of death only.
    /// </summary>
    private IQueryable<Guid> WithoutBasis(Context context, RetentionRule rule)
    {
        if (rule.Start == RetentionStart.Death || context.Cutoff(rule) is not { } cutoff) return db.Persons.Where(p => false).Select(p => p.Id);
        var before = FinnishDays.StartOf(cutoff.AddDays(1));
        var kept = context.KeptPersons;
        return db.Persons.AsNoTracking()
            .Where(p => p.UpdatedAt < before && p.CreatedAt < before && !kept.Contains(p.Id)
                && !db.Customers.Any(c => c.PersonId == p.Id)
                && !db.ContactPersons.Any(cp => cp.PersonId == p.Id)
                && !db.ConsentEvents.Any(e => e.PersonId == p.Id)
                && !db.Contacts.Any(c => c.PersonId == p.Id && c.At >= before))
            .OrderBy(p => p.Id).Select(p => p.Id);
    }

    /// <summary>
    /// The contact-person links of customers whose relationship ended longer ago than the basic rule keeps a person and of which
    /// nothing else is kept (no invoice, purchase, asset, problem, interest, contact or recording): the link is the person's data
    /// ("works for this customer") and its purpose has gone. Its persons then lapse by the basic rule, or stay by another basis.
    /// Held persons' and customers' links stay.
    /// </summary>
    private IQueryable<ContactPerson> DueContactPersonLinks(Context context, RetentionRule rule)
    {
        if (context.Cutoff(rule) is not { } cutoff) return db.ContactPersons.Where(cp => false);
        var (persons, held) = (context.HeldPersons, context.HeldCustomers);
        var spent = db.Customers.Where(c => c.RelationshipEndedOn != null && c.RelationshipEndedOn <= cutoff && !held.Contains(c.Id)
            && !db.Invoices.Any(x => x.CustomerId == c.Id) && !db.Purchases.Any(x => x.CustomerId == c.Id) && !db.Assets.Any(x => x.CustomerId == c.Id)
            && !db.Problems.Any(x => x.CustomerId == c.Id) && !db.Interests.Any(x => x.CustomerId == c.Id) && !db.Contacts.Any(x => x.CustomerId == c.Id)
            && !db.Recordings.Any(x => x.CustomerId == c.Id)).Select(c => c.Id);
        return db.ContactPersons.AsNoTracking().Where(cp => spent.Contains(cp.CustomerId) && !persons.Contains(cp.PersonId));
    }

    private async Task<int> RemoveContactPersonLinksAsync(Context context, RetentionRule rule, RunAudit audit, CancellationToken ct)
    {
        var batch = await DueContactPersonLinks(context, rule).OrderBy(cp => cp.CustomerId).ThenBy(cp => cp.PersonId)
            .Select(cp => new { cp.CustomerId, cp.PersonId }).Take(BatchSize).ToListAsync(ct);
        if (batch.Count == 0) return 0;
        foreach (var group in batch.GroupBy(l => l.CustomerId))
        {
            var personIds = group.Select(l => l.PersonId).ToList();
            await db.ContactPersons.Where(cp => cp.CustomerId == group.Key && personIds.Contains(cp.PersonId)).ExecuteDeleteAsync(ct);
        }
        audit.Record(rule, RetentionTarget.ContactPersonLinks, batch.Select(l => l.PersonId), batch.Select(l => l.CustomerId),
            batch.Select(l => $"{l.CustomerId}:{l.PersonId}"));
        return batch.Count;
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
