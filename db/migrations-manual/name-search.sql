-- The pairs of letters of a name, for searches of two letters (lib/people/name-search.ts): the
-- trigram index of persons.name_search has nothing to look up for «ах», so such a search read every
-- name. Pairs across a space are left out: a search word has none. Applied by db/migrate.ts after
-- the generated migrations, on every start: everything here is idempotent. The index is kept here,
-- not in db/schema, because its expression needs this function, which drizzle-kit cannot create.

-- A loop over the letters: 10 µs a name, against 34 µs for generate_series and substr (a city's
-- 314,000 names are indexed in about 3 s). GIN drops a name's repeated pairs itself.
create or replace function name_bigrams(name text) returns text[]
language plpgsql immutable strict parallel safe as $$
declare
  pairs text[] := '{}';
  previous text := ' ';
  letter text;
begin
  foreach letter in array regexp_split_to_array(name, '') loop
    if previous <> ' ' and letter <> ' ' then
      pairs := pairs || (previous || letter);
    end if;
    previous := letter;
  end loop;
  return pairs;
end
$$;

create index if not exists persons_name_bigrams_idx on persons using gin (name_bigrams(name_search));
