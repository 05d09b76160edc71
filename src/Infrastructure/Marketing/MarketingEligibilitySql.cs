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

    /// <summary>Without product groups the general consent (c.general_consent_given); with them, for every group the latest word on that group or on the purpose in general.</summary>
    private static readonly string HasConsent = $"""
        (CASE WHEN cardinality(@groups) = 0 THEN c.general_consent_given
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
        [ExclusionReason.OwnBan] = PerPersonOrWhole(
            $"""
            FROM prohibitions b WHERE b.kind = {StoredEnum.Sql(ProhibitionKind.DirectMarketing)}
                     AND b.lifted_at IS NULL AND b.channel IN (@channel, {StoredEnum.Sql(Channel.All)})
            """, "b.person_id"),
        [ExclusionReason.PartnerBan] = $"""
            (@partner AND {PerPersonOrWhole($"FROM prohibitions b WHERE b.kind = {StoredEnum.Sql(ProhibitionKind.PartnerDisclosure)} AND b.lifted_at IS NULL", "b.person_id")})
            """,
        [ExclusionReason.ProhibitionRegister] = PerPersonOrWhole(
            $"""
            FROM register_matches m JOIN prohibition_registers r ON r.current_import_id = m.import_id
                     WHERE r.channels && ARRAY[@channel, {StoredEnum.Sql(Channel.All)}]
            """, "m.person_id"),
        [ExclusionReason.NoConsent] = $"""
            (@channel IN ({StoredEnum.Sql(Channel.Email)}, {StoredEnum.Sql(Channel.Sms)}) AND CASE
                WHEN NOT c.is_consumer THEN @channel = {StoredEnum.Sql(Channel.Sms)} AND NOT {HasConsent}
                ELSE NOT {HasConsent} AND NOT {ExistingCustomer} END)
            """,
        [ExclusionReason.NoAddress] = $"""
            CASE @channel
                WHEN {StoredEnum.Sql(Channel.Email)} THEN NOT c.has_email
                WHEN {StoredEnum.Sql(Channel.Sms)} THEN NOT c.has_mobile
                WHEN {StoredEnum.Sql(Channel.Phone)} THEN NOT c.has_phone AND NOT c.has_mobile
                ELSE NOT c.has_postal_address END
            """,
    };

    /// <summary>
    /// Whether the person has a row in <paramref name="fromWhere"/> (a FROM … WHERE … without the person), in the form that suits
    /// the statement: among a few persons (the handover, @persons given) a correlated EXISTS, which probes each person's rows by
    /// index; over the register an uncorrelated IN, one hashed set read once, which unlike the correlated form may run in parallel
    /// workers, so a whole-register count is split over the cores and grouped per worker (the EXISTS also priced the statement at
    /// 44 million and got a sort of every candidate: bench/marketing/README.md). @persons is a bound value, so the planner keeps
    /// one branch. Both are true or false, never NULL (the person columns are NOT NULL; IS NOT NULL keeps it so).
    /// </summary>
    private static string PerPersonOrWhole(string fromWhere, string personColumn) => $"""
        (CASE WHEN @persons IS NULL THEN c.id IN (SELECT {personColumn} {fromWhere} AND {personColumn} IS NOT NULL)
              ELSE EXISTS (SELECT 1 {fromWhere} AND {personColumn} = c.id) END)
        """;

    /// <summary>The reason column: the first rule, in the domain's order, that leaves the person out.</summary>
    private static readonly string ReasonCase = "CASE " + string.Join("\n", MarketingEligibility.Rules.Select(rule =>
        $"WHEN {(Predicates.TryGetValue(rule.Reason, out var sql) ? sql : throw new InvalidOperationException($"The exclusion rule {rule.Reason} has no SQL."))} THEN {StoredEnum.Sql(rule.Reason)}"))
        + " END";

    /// <summary>
    /// Candidates are the persons of customers (a consumer's person or an organisation's contact
    /// person) that meet the criteria through at least one of those customers. A person who is a
    /// consumer customer anywhere is treated as a consumer (the stricter rules). What the rules read of
    /// each person comes from marketing_states, which the database keeps in step with persons, customers,
    /// contact persons and consent events in the same transaction (see the I14SelectionPreview migration):
    /// one narrow row per person instead of a join and group over the register.
    /// </summary>
    private static readonly string Candidates = $"""
        WITH links AS (
            SELECT cu.person_id, cu.id AS customer_id, cu.product_groups, true AS consumer FROM customers cu WHERE cu.person_id IS NOT NULL
            UNION ALL
            SELECT cp.person_id, cp.customer_id, cu.product_groups, false FROM customer_contact_persons cp JOIN customers cu ON cu.id = cp.customer_id),
        c AS (
            SELECT m.person_id AS id, m.non_disclosure, m.restricted, m.has_email, m.has_mobile, m.has_phone, m.has_postal_address,
                   -- Whatever the criteria pick, a consumer customer anywhere gets the consumer rules.
                   m.consumer_links > 0 AS is_consumer,
                   (@purpose::text || ':' || @channel) = ANY(m.given_consents) AS general_consent_given
              FROM marketing_states m
             WHERE (m.consumer_links > 0 OR m.contact_links > 0)
               AND (@persons IS NULL OR m.person_id = ANY(@persons))
               AND (cardinality(@languages) = 0 OR m.language = ANY(@languages))
               AND (cardinality(@postalPrefixes) = 0 OR m.postal_code LIKE ANY(@postalPrefixes))
               -- The criteria pick the person through at least one of their customers: the customer type alone through the link counts,
               -- together with other criteria through the links themselves (read only then).
               AND (@customerType IS NULL OR CASE WHEN @customerType = {StoredEnum.Sql(CustomerType.Consumer)} THEN m.consumer_links > 0 ELSE m.contact_links > 0 END)
               AND ((cardinality(@interests) = 0 AND cardinality(@groups) = 0 AND @purchasedFrom IS NULL AND @purchasedTo IS NULL)
                    OR EXISTS (SELECT 1 FROM links l WHERE l.person_id = m.person_id
                       AND (@customerType IS NULL OR l.consumer = (@customerType = {StoredEnum.Sql(CustomerType.Consumer)}))
                       AND (cardinality(@interests) = 0 OR EXISTS (
                             SELECT 1 FROM interests i WHERE (i.customer_id = l.customer_id OR i.person_id = m.person_id) AND i.tag = ANY(@interests)))
                       AND (cardinality(@groups) = 0 OR @purchasedFrom IS NOT NULL OR @purchasedTo IS NOT NULL
                            OR l.product_groups && (SELECT array_agg(pg.code)::text[] FROM product_groups pg WHERE pg.id = ANY(@groups))
                            OR EXISTS (SELECT 1 FROM purchases pu WHERE pu.customer_id = l.customer_id AND pu.product_group_id = ANY(@groups)))
                       AND ((@purchasedFrom IS NULL AND @purchasedTo IS NULL) OR EXISTS (
                             SELECT 1 FROM purchases pu WHERE pu.customer_id = l.customer_id
                                AND (cardinality(@groups) = 0 OR pu.product_group_id = ANY(@groups))
                                AND (@purchasedFrom IS NULL OR pu.purchased_on >= @purchasedFrom)
                                AND (@purchasedTo IS NULL OR pu.purchased_on <= @purchasedTo)))))
            )
        """;

    /// <summary>Every candidate with its reason (NULL = included): the one evaluation the preview, the export and the handover share.</summary>
    public static readonly string Classified = $"{Candidates}\nSELECT c.id, {ReasonCase} AS reason FROM c";

    /// <summary>The preview's counts: one row per reason (NULL = included) with its number of persons.</summary>
    public static readonly string Counted = $"SELECT reason, count(*) FROM ({Classified}) s GROUP BY reason";

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
