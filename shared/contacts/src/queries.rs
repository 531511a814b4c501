//! The statements of the contacts library.

// One statement per batch of up to 2,000 contacts, the columns bound as arrays. Tags travel as
// one string per contact joined by U+001F, because Postgres arrays cannot be ragged.
// On an existing address, non-empty values from the file win, tags are added, and the row is
// only written (and returned) when something changes; `xmax = 0` tells inserts from updates.
pub const UPSERT_CONTACTS: &str = "\
    INSERT INTO contacts AS c (user_id, email, first_name, last_name, title, company, \
      linkedin_url, timezone, tags) \
    SELECT $1, r.email, r.first_name, r.last_name, r.title, r.company, r.linkedin_url, r.timezone, \
      CASE WHEN r.tags = '' THEN '{}'::text[] ELSE string_to_array(r.tags, E'\\x1f') END \
    FROM UNNEST($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], \
      $8::text[], $9::text[]) \
      AS r(email, first_name, last_name, title, company, linkedin_url, timezone, tags) \
    ON CONFLICT (user_id, email) DO UPDATE SET \
      first_name = COALESCE(EXCLUDED.first_name, c.first_name), \
      last_name = COALESCE(EXCLUDED.last_name, c.last_name), \
      title = COALESCE(EXCLUDED.title, c.title), \
      company = COALESCE(EXCLUDED.company, c.company), \
      linkedin_url = COALESCE(EXCLUDED.linkedin_url, c.linkedin_url), \
      timezone = COALESCE(EXCLUDED.timezone, c.timezone), \
      tags = c.tags || ARRAY(SELECT t FROM unnest(EXCLUDED.tags) AS t WHERE NOT t = ANY(c.tags)), \
      updated_at = now() \
    WHERE (EXCLUDED.first_name IS NOT NULL AND EXCLUDED.first_name IS DISTINCT FROM c.first_name) \
       OR (EXCLUDED.last_name IS NOT NULL AND EXCLUDED.last_name IS DISTINCT FROM c.last_name) \
       OR (EXCLUDED.title IS NOT NULL AND EXCLUDED.title IS DISTINCT FROM c.title) \
       OR (EXCLUDED.company IS NOT NULL AND EXCLUDED.company IS DISTINCT FROM c.company) \
       OR (EXCLUDED.linkedin_url IS NOT NULL AND EXCLUDED.linkedin_url IS DISTINCT FROM c.linkedin_url) \
       OR (EXCLUDED.timezone IS NOT NULL AND EXCLUDED.timezone IS DISTINCT FROM c.timezone) \
       OR NOT (c.tags @> EXCLUDED.tags) \
    RETURNING (xmax = 0) AS created";
