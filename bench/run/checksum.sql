-- One md5 per seeded table over every row (ordered), so that two seeds with the same --seed can be compared:
--   ./hsworks bench checksum   (or psql -At -f bench/run/checksum.sql DATABASE)
-- The reference rows the seed points at (the staff user, product groups, purposes) are created by the API's first start with
-- time-based ids, so those ids are masked with stable names.
\set ON_ERROR_STOP on
\set QUIET on
CREATE TEMP TABLE refs AS
            SELECT id::text AS id, 'user:' || username AS name FROM users
  UNION ALL SELECT id::text, 'group:' || code FROM product_groups
  UNION ALL SELECT id::text, 'purpose:' || code FROM purposes;
CREATE FUNCTION pg_temp.mask(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT id, name FROM refs LOOP t := replace(t, r.id, r.name); END LOOP;
  RETURN t;
END $$;
SELECT tbl, rows, md5(coalesce(agg, '')) FROM (
            SELECT 'persons' AS tbl, count(*) AS rows, string_agg(t::text, '|' ORDER BY t::text) AS agg FROM persons t
  UNION ALL SELECT 'person_match_keys', count(*), string_agg(t::text, '|' ORDER BY t::text) FROM person_match_keys t
  UNION ALL SELECT 'search_terms', count(*), string_agg(t::text, '|' ORDER BY t::text) FROM search_terms t
  UNION ALL SELECT 'search_words', count(*), string_agg(t.word, '|' ORDER BY t.word) FROM search_words t
  UNION ALL SELECT 'customers', count(*), string_agg(t::text, '|' ORDER BY t::text) FROM customers t
  UNION ALL SELECT 'customer_contact_persons', count(*), string_agg(t::text, '|' ORDER BY t::text) FROM customer_contact_persons t
  UNION ALL SELECT 'contacts', count(*), string_agg(pg_temp.mask(t::text), '|' ORDER BY pg_temp.mask(t::text)) FROM contacts t
  UNION ALL SELECT 'recordings', count(*), string_agg(pg_temp.mask(t::text), '|' ORDER BY pg_temp.mask(t::text)) FROM recordings t
  UNION ALL SELECT 'purchases', count(*), string_agg(pg_temp.mask(t::text), '|' ORDER BY pg_temp.mask(t::text)) FROM purchases t
  UNION ALL SELECT 'assets', count(*), string_agg(t::text, '|' ORDER BY t::text) FROM assets t
  UNION ALL SELECT 'invoices', count(*), string_agg(t::text, '|' ORDER BY t::text) FROM invoices t
  UNION ALL SELECT 'consent_events', count(*), string_agg(pg_temp.mask(t::text), '|' ORDER BY pg_temp.mask(t::text)) FROM consent_events t
  UNION ALL SELECT 'prohibitions', count(*), string_agg(pg_temp.mask(t::text), '|' ORDER BY pg_temp.mask(t::text)) FROM prohibitions t
) s ORDER BY tbl;
