-- Adds :n synthetic persons (with their search tokens, derived the way the API derives them)
-- to a migrated HsWorks database, to look at search plans at volume. Not demo data: names are
-- generated from Finnish-looking syllables with a skewed distribution (a few common surnames,
-- a long tail), e-mails and mobile numbers are unique.
--   psql -v n=1000000 -f bench/search/seed-persons.sql <database>
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE surnames AS
SELECT row_number() OVER () AS i, p || m || e AS name
FROM unnest(ARRAY['Vir','Kor','Nie','Mäk','Hä','Lai','Kos','Jär','Hei','Lei','Saa','Lah','Tuo','Pel','Ran',
                  'Kal','Mus','Sal','Tur','Pit','Ahl','Lin','Kan','Lun','Val','Hyv','Ket','Kin','Ryt','Öh']) p,
     unnest(ARRAY['ta','ho','ki','la','ne','ri','mi','tu','si','vo','ka','le']) m,
     unnest(ARRAY['nen','la','lä','mäki','niemi','oja','salo','koski','lahti','vaara','puro','maa','kangas','aho','järvi','lehto']) e;

CREATE TEMP TABLE firstnames AS
SELECT row_number() OVER () AS i, n AS name
FROM unnest(ARRAY['Matti','Timo','Juha','Mikko','Jari','Antti','Jukka','Mika','Markku','Pekka','Hannu','Heikki','Seppo','Janne',
                  'Ari','Sami','Petri','Ville','Kari','Marko','Tuula','Anne','Päivi','Anna','Ritva','Leena','Pirjo','Sari',
                  'Minna','Marja','Tiina','Riitta','Eila','Johanna','Aino','Helmi','Eino','Väinö','Elina','Satu','Jaana',
                  'Kaarina','Sanna','Hanna','Outi','Emilia','Sofia','Olli','Lauri','Aleksi','Oskari','Eetu','Juho','Niko',
                  'Åsa','Björn','Göran','Stina','Linnea','Noah','Leo','Eelis','Venla','Ella','Iida','Emma','Aada']) n;

CREATE TEMP TABLE new_persons AS
WITH names AS (
    SELECT (SELECT array_agg(name ORDER BY i) FROM firstnames) AS firsts, (SELECT array_agg(name ORDER BY i) FROM surnames) AS lasts
)
SELECT gen_random_uuid() AS id,
       firsts[1 + floor(power(random(), 2) * cardinality(firsts))::int] AS first_name,
       lasts[1 + floor(power(random(), 3) * cardinality(lasts))::int] AS last_name,
       '+35840' || lpad((g % 10000000)::text, 7, '0') AS mobile,
       'bench' || g || '@example.test' AS email
FROM names, generate_series(1, :n) g;

INSERT INTO persons (id, first_name, last_name, email, mobile, language, name_source, contact_source, address_source,
                     non_disclosure, created_at, updated_at)
SELECT id, first_name, last_name, email, mobile, 'Fi', 'Staff', 'Staff', 'Staff', false, now(), now() FROM new_persons;

-- Tokens as SearchText.NameWords folds them: lower case, ä→a, ö→o, å→a.
INSERT INTO search_terms (person_id, term)
SELECT id, translate(lower(first_name), 'äöåéü', 'aoaeu') FROM new_persons
UNION ALL SELECT id, translate(lower(last_name), 'äöåéü', 'aoaeu') FROM new_persons
UNION ALL SELECT id, '@' || email FROM new_persons
UNION ALL SELECT id, ltrim(mobile, '+') FROM new_persons;

INSERT INTO search_words (word)
SELECT DISTINCT translate(lower(name), 'äöåéü', 'aoaeu') FROM (SELECT name FROM surnames UNION SELECT name FROM firstnames) s
ON CONFLICT DO NOTHING;

COMMIT;
VACUUM ANALYZE persons;
VACUUM ANALYZE search_terms;
VACUUM ANALYZE search_words;
