-- Issue 14: sizes of the search tables before and after 10 % of persons change their last name and 10 % are erased,
-- doing to these tables what SearchIndexer and the erasure do. Changes the database: run it on a bench copy only.
--   psql -h 127.0.0.1 -p PORT -U hsworks -f bench/search/prune-10-percent.sql hsworks_bench
\timing on
CREATE TEMP VIEW sizes AS SELECT (SELECT count(*) FROM search_words) words, (SELECT count(*) FROM search_terms) terms, (SELECT count(*) FROM person_match_keys) keys,
  pg_size_pretty(pg_total_relation_size('search_words')) words_size, pg_size_pretty(pg_total_relation_size('search_terms')) terms_size,
  pg_size_pretty(pg_total_relation_size('person_match_keys')) keys_size;
SELECT * FROM sizes;
-- 10 % renamed: each gets a new last name (one of 10,000 new ones), terms rewritten and old words pruned as SearchIndexer does
CREATE TEMP TABLE renamed AS SELECT id, lower(last_name) AS old, 'muutos' || (abs(hashtext(id::text)) % 10000) AS new FROM persons WHERE abs(hashtext(id::text)) % 10 = 0;
CREATE TEMP TABLE gone AS WITH d AS (DELETE FROM search_terms t USING renamed r WHERE t.person_id = r.id AND t.term = r.old RETURNING t.term) SELECT DISTINCT term FROM d;
INSERT INTO search_terms (person_id, term) SELECT id, new FROM renamed;
INSERT INTO search_words (word) SELECT DISTINCT new FROM renamed ORDER BY 1 ON CONFLICT DO NOTHING;
UPDATE person_match_keys k SET last_name = r.new FROM renamed r WHERE k.person_id = r.id;
DELETE FROM search_words w USING gone g WHERE w.word = g.term AND NOT EXISTS (SELECT 1 FROM search_terms t WHERE t.term = w.word);
-- 10 % erased: their terms and keys go, and the words no one else uses
CREATE TEMP TABLE erased AS SELECT id FROM persons WHERE abs(hashtext(id::text)) % 10 = 1;
CREATE TEMP TABLE gone2 AS WITH d AS (DELETE FROM search_terms t USING erased e WHERE t.person_id = e.id RETURNING t.term) SELECT DISTINCT term FROM d;
DELETE FROM person_match_keys k USING erased e WHERE k.person_id = e.id;
DELETE FROM search_words w USING gone2 g WHERE w.word = g.term AND NOT EXISTS (SELECT 1 FROM search_terms t WHERE t.term = w.word);
VACUUM search_words, search_terms, person_match_keys;
SELECT * FROM sizes;
SELECT count(*) AS unused_words FROM search_words w WHERE NOT EXISTS (SELECT 1 FROM search_terms t WHERE t.term = w.word);
