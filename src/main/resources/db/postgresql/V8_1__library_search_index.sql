-- Words anywhere in a title, description or tag: a trigram index lets LIKE '%word%' use an index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX resource_search_trgm ON resource USING gin (search_text gin_trgm_ops);
