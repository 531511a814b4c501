//! Every statement this function runs, named. Every one is scoped by `user_id`.

macro_rules! contact_columns {
    () => {
        "id, first_name, last_name, email::text AS email, title, company, linkedin_url, timezone, \
         tags, verification_status, verification_reason, verification_checked_at, created_at, \
         updated_at"
    };
}

macro_rules! contact_filters {
    () => {
        "($2::text IS NULL OR tags @> ARRAY[$2::text]) \
         AND ($3::text IS NULL OR lower(company) = lower($3::text)) \
         AND ($4::text IS NULL OR verification_status = $4::text) \
         AND ($5::text IS NULL OR email ILIKE $5::text OR first_name ILIKE $5::text \
              OR last_name ILIKE $5::text OR company ILIKE $5::text OR title ILIKE $5::text \
              OR concat_ws(' ', first_name, last_name) ILIKE $5::text)"
    };
}

// DO NOTHING + RETURNING yields no row for an address the user already has: a 409, decided by
// the unique index rather than a racy read first.
pub const INSERT_CONTACT: &str = concat!(
    "INSERT INTO contacts (user_id, email, first_name, last_name, title, company, linkedin_url, \
     timezone, tags) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
     ON CONFLICT (user_id, email) DO NOTHING RETURNING ",
    contact_columns!()
);

// $2-$5 are the optional filters (tag, company, status, `%q%`), then the keyset bounds.
pub const LIST_CONTACTS: &str = concat!(
    "SELECT ",
    contact_columns!(),
    " FROM contacts WHERE user_id = $1 AND ",
    contact_filters!(),
    " AND (created_at, id) < ($6, $7) ORDER BY created_at DESC, id DESC LIMIT $8"
);

// Oldest first, so an export re-imported creates contacts in the same relative order.
pub const EXPORT_CONTACTS: &str = concat!(
    "SELECT ",
    contact_columns!(),
    " FROM contacts WHERE user_id = $1 AND ",
    contact_filters!(),
    " ORDER BY created_at, id"
);

pub const GET_CONTACT: &str = concat!(
    "SELECT ",
    contact_columns!(),
    " FROM contacts WHERE id = $1 AND user_id = $2"
);

pub const LOCK_CONTACT: &str = concat!(
    "SELECT ",
    contact_columns!(),
    " FROM contacts WHERE id = $1 AND user_id = $2 FOR UPDATE"
);

// A different address (not merely different case) is a different mailbox: its verification
// starts over.
pub const UPDATE_CONTACT: &str = concat!(
    "UPDATE contacts SET email = $3, first_name = $4, last_name = $5, title = $6, company = $7, \
     linkedin_url = $8, timezone = $9, tags = $10, \
     verification_status = CASE WHEN email = $3::citext THEN verification_status ELSE 'unverified' END, \
     verification_reason = CASE WHEN email = $3::citext THEN verification_reason END, \
     verification_checked_at = CASE WHEN email = $3::citext THEN verification_checked_at END, \
     updated_at = now() WHERE id = $1 AND user_id = $2 RETURNING ",
    contact_columns!()
);

pub const DELETE_CONTACT: &str = "DELETE FROM contacts WHERE id = $1 AND user_id = $2";

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

// Only the caller's contacts move to pending; ids of nobody's or someone else's contacts simply
// do not come back, and are reported as skipped.
pub const MARK_PENDING: &str = "\
    UPDATE contacts SET verification_status = 'pending', verification_reason = NULL, \
    updated_at = now() WHERE user_id = $1 AND id = ANY($2) RETURNING id";

// What the quota counts: verifications settled this month (the worker records each in
// usage_events) plus every contact still pending, which will become one. Counting the pending
// ones stops repeated requests from queueing past the quota before the worker catches up; a
// contact pending again is counted once.
pub const MONTHLY_VERIFICATIONS: &str = "\
    SELECT (SELECT count(*) FROM usage_events WHERE user_id = $1 AND kind = 'verification' \
      AND occurred_at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') \
    + (SELECT count(*) FROM contacts WHERE user_id = $1 AND verification_status = 'pending')";

pub const INSERT_IMPORT: &str = "\
    INSERT INTO contact_imports (id, user_id, s3_key, filename, size_bytes) \
    VALUES ($1, $2, $3, $4, $5) RETURNING created_at";

pub const GET_IMPORT: &str = "\
    SELECT id, status, filename, size_bytes, report, error, created_at, started_at, finished_at \
    FROM contact_imports WHERE id = $1 AND user_id = $2";

pub const LIST_SUPPRESSIONS: &str = "\
    SELECT id, email::text AS email, reason, detail, created_at FROM suppressions \
    WHERE user_id = $1 AND (created_at, id) < ($2, $3) ORDER BY created_at DESC, id DESC LIMIT $4";

// Suppressing an address twice keeps the first record (and its reason).
pub const INSERT_SUPPRESSION: &str = "\
    INSERT INTO suppressions (user_id, email, reason, detail) VALUES ($1, $2, 'manual', $3) \
    ON CONFLICT (user_id, email) DO NOTHING \
    RETURNING id, email::text AS email, reason, detail, created_at";

pub const GET_SUPPRESSION: &str = "\
    SELECT id, email::text AS email, reason, detail, created_at FROM suppressions \
    WHERE user_id = $1 AND email = $2";

pub const DELETE_SUPPRESSION: &str = "DELETE FROM suppressions WHERE user_id = $1 AND email = $2";
