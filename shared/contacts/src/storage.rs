//! Where large contact CSVs wait in S3: `imports/<user id>/<import id>.csv`. Built by
//! `POST /contacts/import-url`, read back by the import worker from the upload's notification.

use uuid::Uuid;

/// The key a presigned import upload is written to.
pub fn import_key(user_id: Uuid, import_id: Uuid) -> String {
    format!("imports/{user_id}/{import_id}.csv")
}

/// The user and import an upload key names; `None` for any other key.
pub fn parse_import_key(key: &str) -> Option<(Uuid, Uuid)> {
    let rest = key.strip_prefix("imports/")?;
    let (user, file) = rest.split_once('/')?;
    let import = file.strip_suffix(".csv")?;
    Some((Uuid::try_parse(user).ok()?, Uuid::try_parse(import).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_keys_round_trip_and_no_other_key_is_one() {
        let (user, import) = (Uuid::new_v4(), Uuid::new_v4());
        assert_eq!(
            parse_import_key(&import_key(user, import)),
            Some((user, import))
        );
        for key in [
            format!("users/{user}/{import}.pdf"),
            format!("imports/{user}/../{import}.csv"),
            format!("imports/{user}/{import}.csv/extra"),
            format!("imports/{user}/{import}"),
            String::new(),
        ] {
            assert_eq!(parse_import_key(&key), None, "{key}");
        }
    }
}
