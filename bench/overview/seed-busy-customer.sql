-- Gives the first customer (lowest number) 10,000 contacts and 1,000 devices with warranties,
-- to time GET /api/v1/customers/{id}/overview on a busy customer.
--   psql -f bench/overview/seed-busy-customer.sql <a migrated database with at least one customer and user>
\set ON_ERROR_STOP on
WITH c AS (SELECT id FROM customers ORDER BY customer_number LIMIT 1),
     u AS (SELECT id FROM users ORDER BY created_at LIMIT 1)
INSERT INTO contacts (id, customer_id, person_id, staff_user_id, product_group_id, at, channel, topic, notes, outcome, follow_up_on)
SELECT gen_random_uuid(), c.id, NULL, u.id, NULL, now() - (g || ' minutes')::interval, 'PhoneIn', 'Bulk contact ' || g, NULL, NULL, NULL
FROM c, u, generate_series(1, 10000) g;
WITH c AS (SELECT id FROM customers ORDER BY customer_number LIMIT 1)
INSERT INTO assets (id, customer_id, kind, make, model, created_at, warranty_starts_on, warranty_ends_on)
SELECT gen_random_uuid(), c.id, 'Laptop', 'Acme', 'M' || g, now(), current_date - 100, current_date + (g % 400) - 50
FROM c, generate_series(1, 1000) g;
ANALYZE contacts;
ANALYZE assets;
SELECT id AS busy_customer_id FROM customers ORDER BY customer_number LIMIT 1;
