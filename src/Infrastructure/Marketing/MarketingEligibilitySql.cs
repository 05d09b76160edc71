using HsWorks.Domain.Marketing;
using Npgsql;
using NpgsqlTypes;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Customers;
using HsWorks.Infrastructure.Persistence;

namespace HsWorks.Infrastructure.Marketing;

/// <summary>
/// The exclusion rules of <see cref="MarketingEligibility"/> as SQL. The rules, their order and their
/// reasons come from the domain: each rule has one predicate here, and a rule without one stops the
/// application at its first selection. Integration tests hold every predicate to its C# rule.
/// Every predicate is true or false, never NULL (a NULL would silently include the person).
/// </summary>
internal static class MarketingEligibilitySql
{
    /// <summary>The latest consent event of the person for the purpose and channel among the events the condition {0} picks.</summary>
    private static readonly string LatestConsent = $$"""
        (SELECT e.action FROM consent_events e
          WHERE e.person_id = c.id AND e.purpose_id = @purpose AND e.channel IN (@channel, {{StoredEnum.Sql(Channel.All)}}) AND {0}
          ORDER BY e.at DESC, e.id DESC LIMIT 1)
        """;

    /// <summary>The latest general consent event (no product group) of each person for the purpose and channel, read once for the whole register.</summary>
    private static readonly string GeneralConsents = $"""
        SELECT DISTINCT ON (e.person_id) e.person_id, e.action FROM consent_events e
         WHERE cardinality(@groups) = 0 AND e.purpose_id = @purpose AND e.channel IN (@channel, {StoredEnum.Sql(Channel.All)}) AND e.product_group_id IS NULL
         ORDER BY e.person_id, e.at DESC, e.id DESC
        """;

    /// <summary>Without product groups the general consent (c.general_consent); with them, for every group the latest word on that group or on the purpose in general.</summary>
    private static readonly string HasConsent = $"""
        (CASE WHEN cardinality(@groups) = 0 THEN c.general_consent IS NOT DISTINCT FROM {StoredEnum.Sql(ConsentAction.Given)}
              ELSE NOT EXISTS (
                  SELECT 1 FROM unnest(@groups) AS g(id)
                   WHERE {string.Format(LatestConsent, "(e.product_group_id IS NULL OR e.product_group_id = g.id)")} IS DISTINCT FROM {StoredEnum.Sql(ConsentAction.Given)}) END)
        """;

    /// <summary>The existing-customer exception: own marketing, bought in every marketed group with the opt-out offered, and never said no.</summary>
    private static readonly string ExistingCustomer = $$"""
        (NOT @partner AND cardinality(@groups) > 0
         AND NOT EXISTS (
              SELECT 1 FROM unnest(@groups) AS g(id)
               WHERE NOT EXISTS (
                    SELECT 1 FROM purchases pu
                     WHERE pu.product_group_id = g.id AND pu.marketing_opt_out_offered
                       AND (pu.person_id = c.id OR pu.customer_id IN (SELECT cu.id FROM customers cu WHERE cu.person_id = c.id))))
         AND {{string.Format(LatestConsent, "true")}} IS DISTINCT FROM {{StoredEnum.Sql(ConsentAction.Withdrawn)}})
        """;

    private static readonly IReadOnlyDictionary<ExclusionReason, string> Predicates = new Dictionary<ExclusionReason, string>
    {
        [ExclusionReason.NonDisclosure] = "c.non_disclosure",
        // Restriction of processing, a pending objection, or death: persons.processing_restricted and
        // persons.died_on are hooks that the data-subject-rights work and the Population Register import set.
        [ExclusionReason.Restricted] = "c.restricted",
        [ExclusionReason.OwnBan] = $"""
            EXISTS (SELECT 1 FROM prohibitions b WHERE b.person_id = c.id AND b.kind = {StoredEnum.Sql(ProhibitionKind.DirectMarketing)}
                     AND b.lifted_at IS NULL AND b.channel IN (@channel, {StoredEnum.Sql(Channel.All)}))
            """,
        [ExclusionReason.PartnerBan] = $"""
            (@partner AND EXISTS (SELECT 1 FROM prohibitions b WHERE b.person_id = c.id AND b.kind = {StoredEnum.Sql(ProhibitionKind.PartnerDisclosure)}
                     AND b.lifted_at IS NULL))
            """,
        [ExclusionReason.ProhibitionRegister] = $"""
            EXISTS (SELECT 1 FROM register_matches m JOIN prohibition_registers r ON r.current_import_id = m.import_id
                     WHERE m.person_id = c.id AND r.channels && ARRAY[@channel, {StoredEnum.Sql(Channel.All)}])
            """,
        [ExclusionReason.NoConsent] = $"""
            (@channel IN ({StoredEnum.Sql(Channel.Email)}, {StoredEnum.Sql(Channel.Sms)}) AND CASE
                WHEN NOT c.is_consumer THEN @channel = {StoredEnum.Sql(Channel.Sms)} AND NOT {HasConsent}
                ELSE NOT {HasConsent} AND NOT {ExistingCustomer} END)
            """,
        [ExclusionReason.NoAddress] = $"""
            CASE @channel
                WHEN {StoredEnum.Sql(Channel.Email)} THEN c.email IS NULL
                WHEN {StoredEnum.Sql(Channel.Sms)} THEN c.mobile IS NULL
                WHEN {StoredEnum.Sql(Channel.Phone)} THEN c.phone IS NULL AND c.mobile IS NULL
                ELSE c.street IS NULL OR c.postal_code IS NULL OR c.city IS NULL END
            """,
    };

    /// <summary>The reason column: the first rule, in the domain's order, that leaves the person out.</summary>
    private static readonly string ReasonCase = "CASE " + string.Join("\n", MarketingEligibility.Rules.Select(rule =>
        $"WHEN {(Predicates.TryGetValue(rule.Reason, out var sql) ? sql : throw new InvalidOperationException($"The exclusion rule {rule.Reason} has no SQL."))} THEN {StoredEnum.Sql(rule.Reason)}"))
        + " END";

    /// <summary>
    /// Candidates are the persons of customers (a consumer's person or an organisation's contact
    /// person) that meet the criteria through at least one of those customers. A person who is a
    /// consumer customer anywhere is treated as a consumer (the stricter rules).
    /// </summary>
    private static string Candidates(bool wholeRegister) => $"""
        WITH links AS (
            SELECT cu.person_id, cu.id AS customer_id, cu.product_groups, true AS consumer FROM customers cu WHERE cu.person_id IS NOT NULL
            UNION ALL
            SELECT cp.person_id, cp.customer_id, cu.product_groups, false FROM customer_contact_persons cp JOIN customers cu ON cu.id = cp.customer_id),
        c AS (
            SELECT p.id, p.email, p.phone, p.mobile, p.street, p.postal_code, p.city, (p.non_disclosure OR p.non_disclosure_claim_pending) AS non_disclosure,
                   (p.processing_restricted OR p.died_on IS NOT NULL) AS restricted,
                   -- Whatever the criteria pick, a consumer customer anywhere gets the consumer rules: every customer of the person is a link.
                   bool_or(l.consumer) AS is_consumer,
                   {(wholeRegister ? "gc.action" : $"({string.Format(LatestConsent, "e.product_group_id IS NULL").Replace("c.id", "p.id")})")} AS general_consent
              FROM persons p JOIN links l ON l.person_id = p.id
              {(wholeRegister ? $"LEFT JOIN ({GeneralConsents}) gc ON gc.person_id = p.id" : "")}
             WHERE (@persons IS NULL OR p.id = ANY(@persons))
               AND (cardinality(@languages) = 0 OR p.language = ANY(@languages))
               AND (cardinality(@postalPrefixes) = 0 OR p.postal_code LIKE ANY(@postalPrefixes))
             GROUP BY p.id{(wholeRegister ? ", gc.action" : "")}
             -- The criteria pick the person through at least one of their customers.
            HAVING bool_or((@customerType IS NULL OR l.consumer = (@customerType = {StoredEnum.Sql(CustomerType.Consumer)}))
               AND (cardinality(@interests) = 0 OR EXISTS (
                     SELECT 1 FROM interests i WHERE (i.customer_id = l.customer_id OR i.person_id = p.id) AND i.tag = ANY(@interests)))
               AND (cardinality(@groups) = 0 OR @purchasedFrom IS NOT NULL OR @purchasedTo IS NOT NULL
                    OR l.product_groups && (SELECT array_agg(pg.code)::text[] FROM product_groups pg WHERE pg.id = ANY(@groups))
                    OR EXISTS (SELECT 1 FROM purchases pu WHERE pu.customer_id = l.customer_id AND pu.product_group_id = ANY(@groups)))
               AND ((@purchasedFrom IS NULL AND @purchasedTo IS NULL) OR EXISTS (
                     SELECT 1 FROM purchases pu WHERE pu.customer_id = l.customer_id
                        AND (cardinality(@groups) = 0 OR pu.product_group_id = ANY(@groups))
                        AND (@purchasedFrom IS NULL OR pu.purchased_on >= @purchasedFrom)
                        AND (@purchasedTo IS NULL OR pu.purchased_on <= @purchasedTo))))
            )
        """;

    /// <summary>
    /// Every candidate with its reason (NULL = included). Over the whole register the general consents are read once and hash-joined
    /// (one pass instead of a lookup per person); among a few persons (<paramref name="wholeRegister"/> false) each is looked up.
    /// </summary>
    public static string Classified(bool wholeRegister = true) => $"{Candidates(wholeRegister)}\nSELECT c.id, {ReasonCase} AS reason FROM c";

    public static void AddParameters(NpgsqlCommand command, MarketingSelection selection, IReadOnlyCollection<Guid>? amongPersons = null)
    {
        var criteria = selection.Criteria;
        var p = command.Parameters;
        p.Add(new NpgsqlParameter("purpose", NpgsqlDbType.Uuid) { Value = selection.PurposeId });
        p.Add(new NpgsqlParameter("channel", NpgsqlDbType.Text) { Value = StoredEnum.Value(selection.Channel) });
        p.Add(new NpgsqlParameter("partner", NpgsqlDbType.Boolean) { Value = selection.MarketingPurpose == MarketingPurpose.Partner });
        p.Add(new NpgsqlParameter("groups", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = criteria.ProductGroupIds.ToArray() });
        p.Add(new NpgsqlParameter("languages", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = criteria.Languages.Select(StoredEnum.Value).ToArray() });
        // Prefixes are digits only (validated), so they need no LIKE escaping.
        p.Add(new NpgsqlParameter("postalPrefixes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = criteria.PostalCodePrefixes.Select(x => x + "%").ToArray() });
        p.Add(new NpgsqlParameter("interests", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = criteria.Interests.ToArray() });
        p.Add(new NpgsqlParameter("customerType", NpgsqlDbType.Text) { Value = criteria.CustomerType is { } type ? StoredEnum.Value(type) : DBNull.Value });
        p.Add(new NpgsqlParameter("purchasedFrom", NpgsqlDbType.Date) { Value = (object?)criteria.PurchasedFrom ?? DBNull.Value });
        p.Add(new NpgsqlParameter("purchasedTo", NpgsqlDbType.Date) { Value = (object?)criteria.PurchasedTo ?? DBNull.Value });
        p.Add(new NpgsqlParameter("persons", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = (object?)amongPersons?.ToArray() ?? DBNull.Value });
    }
}
