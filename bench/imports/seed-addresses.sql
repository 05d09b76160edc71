-- Gives the bench persons of bench/search/seed-persons.sql (e-mail bench<g>@example.test) the
-- name and address make-register.py uses for its name-and-address matches.
--   psql -f bench/imports/seed-addresses.sql <database>
\set ON_ERROR_STOP on
UPDATE persons
   SET first_name = 'Person', last_name = 'Bench' || g, street = 'Benchkatu ' || g, postal_code = '00100', city = 'Helsinki', country = 'FI'
  FROM (SELECT id, substring(email FROM '^bench([0-9]+)@')::int AS g FROM persons WHERE email LIKE 'bench%@example.test') b
 WHERE persons.id = b.id;
