using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Issue 14: the selection preview at 1,000,000 persons. The per-person state the marketing rules read, kept by triggers
    /// (MarketingEligibilitySql reads it; bench/marketing/README.md has the figures). Not in the EF model: only SQL reads it.
    /// </summary>
    public partial class I14SelectionPreview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // BEGIN HAND-WRITTEN SQL
            migrationBuilder.Sql("""
                -- What the marketing rules read of each person, kept by the database in the same transaction as every change that
                -- affects it (triggers below), so that a whole-register count reads one narrow table instead of joining persons,
                -- customers, contact persons and the consent ledger. Bans and prohibition-register matches are few and stay where they are.
                CREATE TABLE marketing_states (
                    person_id uuid PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
                    consumer_links integer NOT NULL,
                    contact_links integer NOT NULL,
                    non_disclosure boolean NOT NULL,
                    restricted boolean NOT NULL,
                    has_email boolean NOT NULL,
                    has_mobile boolean NOT NULL,
                    has_phone boolean NOT NULL,
                    has_postal_address boolean NOT NULL,
                    language character varying(2) NOT NULL,
                    postal_code character varying(10),
                    given_consents text[] NOT NULL);

                -- Computes the rows of the given persons from the sources. given_consents: 'purpose id:channel' for each purpose and
                -- channel whose latest general consent event (no product group; an event for all channels counts for each) is Given.
                CREATE FUNCTION marketing_states_compute(ids uuid[]) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO marketing_states AS s (person_id, consumer_links, contact_links, non_disclosure, restricted, has_email, has_mobile, has_phone,
                                                       has_postal_address, language, postal_code, given_consents)
                    SELECT p.id,
                           (SELECT count(*) FROM customers cu WHERE cu.person_id = p.id),
                           (SELECT count(*) FROM customer_contact_persons cp WHERE cp.person_id = p.id),
                           p.non_disclosure OR p.non_disclosure_claim_pending,
                           p.processing_restricted OR p.died_on IS NOT NULL,
                           p.email IS NOT NULL, p.mobile IS NOT NULL, p.phone IS NOT NULL,
                           p.street IS NOT NULL AND p.postal_code IS NOT NULL AND p.city IS NOT NULL,
                           p.language, p.postal_code,
                           ARRAY(SELECT l.key FROM (
                                     SELECT DISTINCT ON (e.purpose_id, ch.channel) e.purpose_id::text || ':' || ch.channel AS key, e.action
                                       FROM consent_events e
                                      CROSS JOIN LATERAL unnest(CASE WHEN e.channel = 'All' THEN ARRAY['Email', 'Sms', 'Phone', 'Post', 'All']::text[]
                                                                     ELSE ARRAY[e.channel::text] END) AS ch(channel)
                                      WHERE e.person_id = p.id AND e.product_group_id IS NULL
                                      ORDER BY e.purpose_id, ch.channel, e.at DESC, e.id DESC) l
                                  WHERE l.action = 'Given' ORDER BY l.key)
                      FROM persons p WHERE p.id = ANY(ids)
                    ON CONFLICT (person_id) DO UPDATE SET consumer_links = excluded.consumer_links, contact_links = excluded.contact_links,
                        non_disclosure = excluded.non_disclosure, restricted = excluded.restricted, has_email = excluded.has_email,
                        has_mobile = excluded.has_mobile, has_phone = excluded.has_phone, has_postal_address = excluded.has_postal_address,
                        language = excluded.language, postal_code = excluded.postal_code, given_consents = excluded.given_consents;
                $$;

                CREATE FUNCTION marketing_states_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    IF cardinality(ids) = 0 THEN RETURN; END IF;
                    -- One refresh of a person at a time: a concurrent change of the same person waits here for the other to commit, and
                    -- the computation (a new statement, a new snapshot) then sees both.
                    PERFORM 1 FROM persons WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
                    PERFORM marketing_states_compute(ids);
                END $$;

                -- The whole state from scratch: the backfill below, and for bulk loads that bypass triggers (session_replication_role = replica).
                CREATE FUNCTION marketing_states_rebuild() RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    LOCK TABLE persons, customers, customer_contact_persons, consent_events IN SHARE MODE;
                    DELETE FROM marketing_states;
                    PERFORM marketing_states_compute(ARRAY(SELECT id FROM persons));
                END $$;

                -- Statement triggers with transition tables: one refresh per statement, set-based for bulk changes.
                CREATE FUNCTION marketing_states_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_TABLE_NAME = 'persons' AND TG_OP = 'INSERT' THEN
                        PERFORM marketing_states_refresh(ARRAY(SELECT id FROM new_rows));
                    ELSIF TG_TABLE_NAME = 'persons' THEN
                        -- Only what the rules read: most saves of a person change nothing here.
                        PERFORM marketing_states_refresh(ARRAY(
                            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                             WHERE (o.non_disclosure OR o.non_disclosure_claim_pending) <> (n.non_disclosure OR n.non_disclosure_claim_pending)
                                OR (o.processing_restricted OR o.died_on IS NOT NULL) <> (n.processing_restricted OR n.died_on IS NOT NULL)
                                OR (o.email IS NULL) <> (n.email IS NULL) OR (o.mobile IS NULL) <> (n.mobile IS NULL) OR (o.phone IS NULL) <> (n.phone IS NULL)
                                OR (o.street IS NULL OR o.postal_code IS NULL OR o.city IS NULL) <> (n.street IS NULL OR n.postal_code IS NULL OR n.city IS NULL)
                                OR o.language IS DISTINCT FROM n.language OR o.postal_code IS DISTINCT FROM n.postal_code));
                    ELSIF TG_TABLE_NAME = 'consent_events' AND TG_OP = 'INSERT' THEN
                        PERFORM marketing_states_refresh(ARRAY(SELECT DISTINCT person_id FROM new_rows WHERE product_group_id IS NULL));
                    ELSIF TG_TABLE_NAME = 'consent_events' THEN
                        PERFORM marketing_states_refresh(ARRAY(SELECT DISTINCT person_id FROM old_rows WHERE product_group_id IS NULL));
                    ELSIF TG_OP = 'INSERT' THEN
                        PERFORM marketing_states_refresh(ARRAY(SELECT DISTINCT person_id FROM new_rows WHERE person_id IS NOT NULL));
                    ELSIF TG_OP = 'DELETE' THEN
                        PERFORM marketing_states_refresh(ARRAY(SELECT DISTINCT person_id FROM old_rows WHERE person_id IS NOT NULL));
                    ELSE
                        -- A customer or contact link that moved from one person to another.
                        PERFORM marketing_states_refresh(ARRAY(
                            SELECT person_id FROM old_rows WHERE person_id IS NOT NULL
                             UNION SELECT person_id FROM new_rows WHERE person_id IS NOT NULL
                            EXCEPT (SELECT o.person_id FROM old_rows o JOIN new_rows n USING (person_id))));
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER persons_marketing_inserted AFTER INSERT ON persons REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION marketing_states_changed();
                CREATE TRIGGER persons_marketing_updated AFTER UPDATE ON persons REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION marketing_states_changed();
                CREATE TRIGGER customers_marketing_inserted AFTER INSERT ON customers REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION marketing_states_changed();
                CREATE TRIGGER customers_marketing_updated AFTER UPDATE ON customers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION marketing_states_changed();
                CREATE TRIGGER customers_marketing_deleted AFTER DELETE ON customers REFERENCING OLD TABLE AS old_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION marketing_states_changed();
                CREATE TRIGGER customer_contact_persons_marketing_inserted AFTER INSERT ON customer_contact_persons REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION marketing_states_changed();
                CREATE TRIGGER customer_contact_persons_marketing_updated AFTER UPDATE ON customer_contact_persons REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION marketing_states_changed();
                CREATE TRIGGER customer_contact_persons_marketing_deleted AFTER DELETE ON customer_contact_persons REFERENCING OLD TABLE AS old_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION marketing_states_changed();
                CREATE TRIGGER consent_events_marketing_inserted AFTER INSERT ON consent_events REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION marketing_states_changed();
                CREATE TRIGGER consent_events_marketing_deleted AFTER DELETE ON consent_events REFERENCING OLD TABLE AS old_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION marketing_states_changed();

                SELECT marketing_states_rebuild();
                """);
            // END HAND-WRITTEN SQL
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER persons_marketing_inserted ON persons;
                DROP TRIGGER persons_marketing_updated ON persons;
                DROP TRIGGER customers_marketing_inserted ON customers;
                DROP TRIGGER customers_marketing_updated ON customers;
                DROP TRIGGER customers_marketing_deleted ON customers;
                DROP TRIGGER customer_contact_persons_marketing_inserted ON customer_contact_persons;
                DROP TRIGGER customer_contact_persons_marketing_updated ON customer_contact_persons;
                DROP TRIGGER customer_contact_persons_marketing_deleted ON customer_contact_persons;
                DROP TRIGGER consent_events_marketing_inserted ON consent_events;
                DROP TRIGGER consent_events_marketing_deleted ON consent_events;
                DROP FUNCTION marketing_states_changed();
                DROP FUNCTION marketing_states_rebuild();
                DROP FUNCTION marketing_states_refresh(uuid[]);
                DROP FUNCTION marketing_states_compute(uuid[]);
                DROP TABLE marketing_states;
                """);
        }
    }
}
