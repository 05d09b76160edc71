using HsWorks.Domain.Requests;

namespace HsWorks.Infrastructure.Erasure;

/// <summary>What an erasure does with one column of a table whose rows it keeps or anonymises; <paramref name="Set"/> is the SQL value it writes.</summary>
public sealed record ColumnRule(ErasureAction Action, string Why, string? Set = null);

/// <summary>
/// One set of rows holding a person's data: the table, the rows (<paramref name="Where"/>, SQL over the row alias t with
/// the parameters @persons — the one person — and @customers — the consumer customers that person is), what the erasure
/// does with them, and how the preview names each row (<paramref name="ItemId"/>; null: one item, named by the table, counting the rows).
/// </summary>
public sealed record PersonDataRows(
    string Table, ErasureArea Area, ErasureAction Action, string Where, string? ItemId, string What,
    RetentionGround? Ground = null, string? KeptSince = null);

/// <summary>
/// The one classification of every table and column that can hold a person's data (GDPR Art. 17): which rows are the
/// person's, and whether they are erased, anonymised or kept with a legal reason. The erasure runs the rows in this
/// order (children before parents, the person last); the preview reads the same rows. Tables whose rows are kept or
/// anonymised classify every column. PersonDataMapTests fails when a table or column that references a person is not here.
/// </summary>
public static class PersonDataMap
{
    private const string ConsumerRecords = "t.customer_id = ANY(@customers)";
    private const string Ids = "ids only: what was done and to which ids, no personal values";

    public static readonly IReadOnlyList<PersonDataRows> Rows =
    [
        // The register's lines that matched the person (and no one else) go with the matches: there is no person left to ban.
        new("register_entries", ErasureArea.RegisterMatch, ErasureAction.Erase,
            """
            EXISTS (SELECT 1 FROM register_matches m WHERE m.import_id = t.import_id AND m.line = t.line AND m.person_id = ANY(@persons))
            AND NOT EXISTS (SELECT 1 FROM register_matches o WHERE o.import_id = t.import_id AND o.line = t.line AND o.person_id <> ALL(@persons))
            """,
            "t.import_id::text || ':' || t.line", "the prohibition register's line that matched: its match keys"),
        new("register_matches", ErasureArea.RegisterMatch, ErasureAction.Erase, "t.person_id = ANY(@persons)",
            "t.import_id::text || ':' || t.line", "the match with a prohibition register's line and its reasons"),
        new("recordings", ErasureArea.CallRecording, ErasureAction.Erase,
            $"{ConsumerRecords} OR t.contact_id IN (SELECT c.id FROM contacts c WHERE c.person_id = ANY(@persons))",
            "t.id::text", "the recording and its stored file"),
        new("remote_accesses", ErasureArea.RemoteAccessSecret, ErasureAction.Erase, ConsumerRecords, "t.id::text",
            "tool, host, username and the encrypted secret"),
        new("assets", ErasureArea.AssetRecord, ErasureAction.Erase, ConsumerRecords, "t.id::text",
            "the asset, its warranty and the encrypted licence key"),
        new("purchases", ErasureArea.PurchaseRecord, ErasureAction.Erase, ConsumerRecords, "t.id::text", "the purchase and its contract"),
        new("purchases", ErasureArea.PurchaseRecord, ErasureAction.Anonymise, $"t.person_id = ANY(@persons) AND NOT ({ConsumerRecords})", "t.id::text",
            "an organisation's purchase: the link to the person who bought"),
        new("contacts", ErasureArea.ContactEvent, ErasureAction.Erase, ConsumerRecords, "t.id::text", "the contact event and its notes"),
        new("contacts", ErasureArea.ContactEvent, ErasureAction.Anonymise, $"t.person_id = ANY(@persons) AND NOT ({ConsumerRecords})", "t.id::text",
            "an organisation's contact event: the link to the person and the notes"),
        new("problems", ErasureArea.ProblemReport, ErasureAction.Erase, ConsumerRecords, "t.id::text", "the problem and its description"),
        new("interests", ErasureArea.InterestTag, ErasureAction.Erase, $"t.person_id = ANY(@persons) OR {ConsumerRecords}", "t.id::text", "the interest"),
        new("customer_contact_persons", ErasureArea.ContactPersonLink, ErasureAction.Erase, $"t.person_id = ANY(@persons) OR {ConsumerRecords}",
            "t.customer_id::text", "the person as a contact person of the customer"),
        new("lead_submissions", ErasureArea.LeadSubmission, ErasureAction.Erase, $"t.person_id = ANY(@persons) OR {ConsumerRecords}",
            "t.api_client_id::text || ':' || t.key", "the partner's lead submission and the hash of its body"),
        // Words are shared by every term; those no remaining term uses go (the person's names among them).
        new("search_words", ErasureArea.SearchIndex, ErasureAction.Erase,
            """
            EXISTS (SELECT 1 FROM search_terms s WHERE s.term = t.word AND (s.person_id = ANY(@persons) OR s.customer_id = ANY(@customers)))
            AND NOT EXISTS (SELECT 1 FROM search_terms s WHERE s.term = t.word AND s.owner_id <> ALL(@persons) AND s.owner_id <> ALL(@customers))
            """,
            null, "search words no one else's terms use"),
        new("search_terms", ErasureArea.SearchIndex, ErasureAction.Erase, $"t.person_id = ANY(@persons) OR {ConsumerRecords}", null,
            "search terms: names, e-mail, phones, identity code, address"),
        new("person_match_keys", ErasureArea.MatchKeys, ErasureAction.Erase, "t.person_id = ANY(@persons)", "t.person_id::text",
            "prohibition-register match keys: e-mail, phones, names, postal code, street"),
        new("consent_events", ErasureArea.ConsentEvent, ErasureAction.Erase, "t.person_id = ANY(@persons)", "t.id::text",
            "the consent event, its source and evidence"),
        new("prohibitions", ErasureArea.MarketingBan, ErasureAction.Erase, "t.person_id = ANY(@persons)", "t.id::text", "the prohibition and its reason"),
        new("non_disclosure_changes", ErasureArea.NonDisclosureMarking, ErasureAction.Erase, "t.person_id = ANY(@persons)", "t.id::text",
            "the non-disclosure marking's change"),
        new("non_disclosure_claims", ErasureArea.NonDisclosureMarking, ErasureAction.Erase, "t.person_id = ANY(@persons)", "t.id::text",
            "the claim of a non-disclosure marking and its notes"),
        new("selection_export_persons", ErasureArea.SelectionExport, ErasureAction.Erase, "t.person_id = ANY(@persons)", "t.export_id::text",
            "the person's place in a marketing selection's export"),
        new("invoices", ErasureArea.InvoiceRecord, ErasureAction.Keep, ConsumerRecords, "t.id::text",
            "invoice number, reference number, dates, amounts and status, for accounting only", RetentionGround.AccountingAct, "t.issued_on"),
        new("invoice_status_changes", ErasureArea.InvoiceRecord, ErasureAction.Keep,
            "t.invoice_id IN (SELECT i.id FROM invoices i WHERE i.customer_id = ANY(@customers))", "t.id::text",
            "the invoice's collection history", RetentionGround.AccountingAct,
            "(SELECT i.issued_on FROM invoices i WHERE i.id = t.invoice_id)"),
        // A legal hold names the person or the consumer customer and why; it goes with them.
        new("legal_holds", ErasureArea.LegalHold, ErasureAction.Erase, $"t.person_id = ANY(@persons) OR {ConsumerRecords}", "t.id::text",
            "a legal hold on the person's data and its reason"),
        // Restrictions go with the person they restricted (their uses first: a use points to its restriction); the request's
        // timeline keeps that a restriction was placed and lifted.
        new("restricted_uses", ErasureArea.ProcessingRestriction, ErasureAction.Erase, "t.person_id = ANY(@persons)", "t.id::text",
            "a use of the person's restricted data under a ground of Art. 18(2)"),
        new("processing_restrictions", ErasureArea.ProcessingRestriction, ErasureAction.Erase, "t.person_id = ANY(@persons)", "t.id::text",
            "the restriction of processing, its reason and note"),
        // Before and after of a rectification are the person's values; the timeline keeps which fields were corrected.
        new("data_subject_request_rectified_fields", ErasureArea.RequestRecord, ErasureAction.Erase, "t.person_id = ANY(@persons)", "t.id::text",
            "a corrected field's value before and after"),
        // A kept access report is a copy of the person's data; the timeline keeps that it was generated, when and by whom.
        new("access_reports", ErasureArea.RequestRecord, ErasureAction.Erase,
            "t.request_id IN (SELECT r.id FROM data_subject_requests r WHERE r.person_ids && @persons)", "t.id::text",
            "a copy of an access report given to the person"),
        new("customers", ErasureArea.ConsumerCustomer, ErasureAction.Erase,
            "t.id = ANY(@customers) AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = t.id)", "t.id::text",
            "the consumer customer the person is"),
        new("customers", ErasureArea.ConsumerCustomer, ErasureAction.Anonymise,
            "t.id = ANY(@customers) AND EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = t.id)", "t.id::text",
            "the consumer customer the person is: the link to the person cut; the customer number stays as the kept invoices' counterpart, for accounting only"),
        new("disclosures", ErasureArea.DisclosureRecord, ErasureAction.Keep, "t.person_ids && @persons", "t.id::text",
            "the record of a disclosure to a recipient: ids, categories and legal basis", RetentionGround.Accountability),
        new("recipient_notices", ErasureArea.RecipientNotice, ErasureAction.Keep, "t.person_id = ANY(@persons)", "t.id::text",
            "the notice to a recipient (the erasure's own personErased among them)", RetentionGround.Accountability),
        new("audit_records", ErasureArea.AuditTrail, ErasureAction.Keep, "t.person_ids && @persons", null,
            "audit records: who did what, when, to which ids, which fields", RetentionGround.Accountability),
        new("data_subject_requests", ErasureArea.RequestRecord, ErasureAction.Anonymise, "t.person_ids && @persons", "t.id::text",
            "the person's requests: the requester's details reduced to initials; type, dates, steps and answers kept"),
        new("data_subject_request_events", ErasureArea.RequestRecord, ErasureAction.Keep,
            "t.request_id IN (SELECT r.id FROM data_subject_requests r WHERE r.person_ids && @persons)", null,
            "the requests' timelines: steps, who and when", RetentionGround.Accountability),
        new("erasure_items", ErasureArea.RequestRecord, ErasureAction.Keep, "t.person_id = ANY(@persons)", null,
            "earlier erasure records of the person", RetentionGround.Accountability),
        new("suppression_records", ErasureArea.SuppressionRecord, ErasureAction.Keep,
            "t.request_id IN (SELECT r.id FROM data_subject_requests r WHERE r.person_ids && @persons)", null,
            "suppression records of earlier erasures of the person: keyed hashes only", RetentionGround.ErasureSuppression),
        new("manual_recipient_notices", ErasureArea.RecipientNotice, ErasureAction.Keep,
            "t.request_id IN (SELECT r.id FROM data_subject_requests r WHERE r.person_ids && @persons)", "t.id::text",
            "that a recipient was told by hand of the person's request: how and when", RetentionGround.Accountability),
        new("population_register_changes", ErasureArea.BasicDetails, ErasureAction.Erase, "t.person_id = ANY(@persons)",
            "t.import_id::text || ':' || t.line", "the Population Register's changes to the person: group, date and the fields changed"),
        // Derived from the person, their customer links and consents (kept by triggers); after the links and consents, which refresh it.
        new("marketing_states", ErasureArea.MarketingState, ErasureAction.Erase, "t.person_id = ANY(@persons)", null,
            "the marketing state: which contact details exist, language, postal code, markings and given consents"),
        new("persons", ErasureArea.BasicDetails, ErasureAction.Erase, "t.id = ANY(@persons)", "t.id::text",
            "names, e-mail, phone, mobile, language, encrypted identity code, address, sources, markings"),
    ];

    private static readonly ColumnRule KeepId = new(ErasureAction.Keep, Ids);

    /// <summary>Every column of each table whose rows are kept or anonymised.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, ColumnRule>> Columns =
        new Dictionary<string, IReadOnlyDictionary<string, ColumnRule>>
        {
            ["purchases"] = Rules(
                ("person_id", new ColumnRule(ErasureAction.Anonymise, "the link to the person who bought for the organisation", "NULL")),
                ("id", KeepId), ("customer_id", KeepId), ("product_group_id", KeepId), ("seller_id", KeepId),
                ("product", Organisation()), ("purchased_on", Organisation()), ("quantity", Organisation()), ("unit_price", Organisation()),
                ("reason", Organisation()), ("reason_category", Organisation()), ("marketing_opt_out_offered", Organisation()),
                ("contract_number", Organisation()), ("contract_valid_from", Organisation()), ("contract_valid_to", Organisation())),
            ["contacts"] = Rules(
                ("person_id", new ColumnRule(ErasureAction.Anonymise, "the link to the person the organisation's contact was with", "NULL")),
                ("notes", new ColumnRule(ErasureAction.Anonymise, "free text that may describe the person", "NULL")),
                ("id", KeepId), ("customer_id", KeepId), ("staff_user_id", KeepId), ("product_group_id", KeepId),
                ("at", Organisation()), ("channel", Organisation()), ("topic", Organisation()), ("outcome", Organisation()),
                ("follow_up_on", Organisation())),
            ["customers"] = Rules(
                ("person_id", new ColumnRule(ErasureAction.Anonymise, "the link to the erased person", "NULL")),
                ("name", new ColumnRule(ErasureAction.Anonymise, "a consumer has no name of its own (the person's is gone)", "NULL")),
                ("business_id", new ColumnRule(ErasureAction.Anonymise, "a consumer has none", "NULL")),
                ("erased_at", new ColumnRule(ErasureAction.Keep, "marks the customer erased: its invoices serve accounting only", "@now")),
                ("updated_at", new ColumnRule(ErasureAction.Keep, "when it was anonymised", "@now")),
                ("id", KeepId), ("customer_number", Accounting()), ("type", Accounting()), ("customer_since", Accounting()), ("relationship_ended_on", Accounting()),
                ("product_groups", Accounting()), ("created_at", Accounting())),
            ["invoices"] = Rules(
                ("id", Accounting()), ("customer_id", Accounting()), ("invoice_number", Accounting()), ("reference_number", Accounting()),
                ("issued_on", Accounting()), ("due_on", Accounting()), ("amount", Accounting()), ("vat_amount", Accounting()),
                ("status", Accounting())),
            ["invoice_status_changes"] = Rules(
                ("id", Accounting()), ("invoice_id", Accounting()), ("status", Accounting()), ("at", Accounting()),
                ("by_user_id", Accounting()), ("by_username", Accounting())),
            ["disclosures"] = Rules(
                ("id", KeepId), ("recipient_id", KeepId), ("kind", KeepId), ("purpose_code", KeepId), ("legal_basis", KeepId),
                ("data_categories", KeepId), ("legal_reference", KeepId), ("selection_id", KeepId), ("person_ids", KeepId), ("at", KeepId),
                ("made_by_user_id", KeepId), ("made_by_client_id", KeepId), ("made_by", KeepId)),
            ["recipient_notices"] = Rules(
                ("id", KeepId), ("recipient_id", KeepId), ("type", KeepId), ("person_id", KeepId), ("occurred_at", KeepId),
                ("attempts", KeepId), ("next_attempt_at", KeepId), ("delivered_at", KeepId), ("abandoned_at", KeepId),
                ("last_result", KeepId), ("lease_until", KeepId), ("leased_by", KeepId)),
            ["audit_records"] = Rules(
                ("id", KeepId), ("at", KeepId), ("user_id", KeepId), ("username", KeepId), ("action", KeepId), ("person_ids", KeepId),
                ("customer_ids", KeepId), ("fields", KeepId), ("target_user_id", KeepId), ("reason", KeepId)),
            ["data_subject_requests"] = Rules(
                ("requester_name", new ColumnRule(ErasureAction.Anonymise, "reduced to the initials",
                    "coalesce((SELECT string_agg(upper(left(w, 1)) || '.', ' ') FROM regexp_split_to_table(t.requester_name, '[[:space:]-]+') w WHERE w <> ''), '-')")),
                ("requester_email", new ColumnRule(ErasureAction.Anonymise, "the requester's e-mail", "NULL")),
                ("requester_phone", new ColumnRule(ErasureAction.Anonymise, "the requester's phone", "NULL")),
                ("requester_address", new ColumnRule(ErasureAction.Anonymise, "the requester's address", "NULL")),
                ("requester_note", new ColumnRule(ErasureAction.Anonymise, "what the requester said", "NULL")),
                ("verification_note", new ColumnRule(ErasureAction.Anonymise, "what was checked of the requester's identity", "NULL")),
                ("id", KeepId), ("type", KeepId), ("channel", KeepId), ("received_at", KeepId), ("registered_at", KeepId), ("registered_by", KeepId),
                ("person_ids", KeepId), ("assignee_id", KeepId), ("status", KeepId), ("verification_method", KeepId),
                ("identity_verified_at", KeepId), ("identity_verified_by", KeepId), ("identification_asked_at", KeepId),
                ("identification_arrived_at", KeepId), ("paused_days", KeepId), ("first_due_on", KeepId), ("due_on", KeepId),
                ("extended_at", KeepId), ("extended_by", KeepId), ("extension_reasons", KeepId), ("extension_told_at", KeepId),
                ("closed_at", KeepId), ("closed_by", KeepId), ("completion_summary", KeepId), ("rejection_reason", KeepId),
                ("rejection_ground", KeepId), ("remedies_told", KeepId), ("erased_at", KeepId),
                ("objection_kind", KeepId), ("objected_at", KeepId), ("objection_decision", KeepId), ("objection_decision_reasons", KeepId),
                ("objection_decided_at", KeepId), ("objection_decided_by", KeepId), ("staff_names_essential", KeepId), ("staff_names_reason", KeepId)),
            ["data_subject_request_events"] = Rules(
                ("id", KeepId), ("request_id", KeepId), ("step", KeepId), ("at", KeepId), ("by", KeepId), ("detail", KeepId)),
            ["suppression_records"] = Rules(
                ("hash", new ColumnRule(ErasureAction.Keep, RetentionGrounds.Explain(RetentionGround.ErasureSuppression))),
                ("kind", KeepId), ("request_id", KeepId), ("at", KeepId)),
            ["manual_recipient_notices"] = Rules(
                ("id", KeepId), ("request_id", KeepId), ("recipient_id", KeepId), ("method", KeepId), ("told_at", KeepId), ("note", KeepId),
                ("recorded_at", KeepId), ("recorded_by", KeepId)),
            ["erasure_items"] = Rules(
                ("id", KeepId), ("request_id", KeepId), ("person_id", KeepId), ("area", KeepId), ("item_id", KeepId), ("what", KeepId),
                ("action", KeepId), ("ground", KeepId), ("keep_until", KeepId), ("at", KeepId)),
        };

    private static ColumnRule Organisation() => new(ErasureAction.Keep, "the organisation's record, not the person's");

    private static ColumnRule Accounting() => new(ErasureAction.Keep, RetentionGrounds.Explain(RetentionGround.AccountingAct));

    private static IReadOnlyDictionary<string, ColumnRule> Rules(params (string Column, ColumnRule Rule)[] rules) =>
        rules.ToDictionary(r => r.Column, r => r.Rule);
}
