-- Gives the bench persons (bench/search/seed-persons.sql: e-mail bench<n>@example.test) the identity-code lookups
-- make-changes.py wrote, numbering them by that n. Their encrypted codes stay empty: matching needs only the lookup.
--   psql -v lookups=/tmp/lookups.csv -f bench/population-register/seed-lookups.sql <database>
\set ON_ERROR_STOP on
CREATE TEMP TABLE lookups (n bigint PRIMARY KEY, hash text);
\set copy '\\copy lookups FROM ' :'lookups' ' WITH (FORMAT csv)'
:copy
UPDATE persons p SET identity_code_lookup = decode(l.hash, 'hex')
  FROM lookups l WHERE p.email = 'bench' || l.n || '@example.test';
ANALYZE persons;
