//! Every statement this function runs, named. Every one is scoped by `user_id`.

// Exactly the columns `Contact::from_row` reads by name, in one place, so every statement that
// answers with a contact answers with all of it.
macro_rules! contact_columns {
    () => {
        "id, first_name, last_name, email::text AS email, title, company, linkedin_url, timezone, \
         tags, verification_status, verification_reason, verification_checked_at, created_at, \
         updated_at"
    };
}

// Shared by the listing and the export, so an export holds exactly what the same filters list.
// A NULL parameter disables its filter, which keeps one statement (and one plan) for every
// combination; the tag filter uses `@>` so the GIN index contacts_tags serves it.
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

// $2-$5 are the optional filters (tag, company, status, `%q%`), then the keyset bounds: paging
// on (created_at, id), the order of contacts_user_listing, never skips or repeats a contact
// created while the caller pages.
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

// Scoped by user_id: another user's contact id is a 404, exactly like an unknown one.
pub const GET_CONTACT: &str = concat!(
    "SELECT ",
    contact_columns!(),
    " FROM contacts WHERE id = $1 AND user_id = $2"
);

// FOR UPDATE: a PATCH reads, merges and writes; two concurrent PATCHes must merge one after the
// other, not over each other.
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

// Scoped by user_id; no row deleted is the 404, so no read is needed first.
pub const DELETE_CONTACT: &str = "DELETE FROM contacts WHERE id = $1 AND user_id = $2";

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
    + (SELECT count(*) FROM contacts WHERE user_id = $1 AND verification_status = 'pending') \
    AS used";

// RETURNING created_at: the upload's stated expiry counts from the created_at that
// `GET /contacts/imports/{id}` shows, so the two answers agree.
pub const INSERT_IMPORT: &str = "\
    INSERT INTO contact_imports (id, user_id, s3_key, filename, size_bytes) \
    VALUES ($1, $2, $3, $4, $5)";

// Scoped by user_id: another user's import id is a 404, exactly like an unknown one.
pub const GET_IMPORT: &str = "\
    SELECT id, status, filename, size_bytes, report, error, created_at, started_at, finished_at \
    FROM contact_imports WHERE id = $1 AND user_id = $2";

// Keyset pagination on (created_at, id), the order of suppressions_user_listing.
pub const LIST_SUPPRESSIONS: &str = "\
    SELECT id, email::text AS email, reason, detail, created_at FROM suppressions \
    WHERE user_id = $1 AND (created_at, id) < ($2, $3) ORDER BY created_at DESC, id DESC LIMIT $4";

// Suppressing an address twice keeps the first record (and its reason).
pub const INSERT_SUPPRESSION: &str = "\
    INSERT INTO suppressions (user_id, email, reason, detail) VALUES ($1, $2, 'manual', $3) \
    ON CONFLICT (user_id, email) DO NOTHING \
    RETURNING id, email::text AS email, reason, detail, created_at";

// By the primary key (user_id, email): one index probe, and the email compares as citext, so
// any case of the address finds it.
pub const GET_SUPPRESSION: &str = "\
    SELECT id, email::text AS email, reason, detail, created_at FROM suppressions \
    WHERE user_id = $1 AND email = $2";

// Runs after GET_SUPPRESSION found a `manual` reason in the same transaction. A suppression's
// reason never changes (every insert is DO NOTHING on conflict), so the check cannot go stale.
pub const DELETE_SUPPRESSION: &str = "DELETE FROM suppressions WHERE user_id = $1 AND email = $2";
