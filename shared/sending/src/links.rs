//! The addresses a campaign message carries: its one-click unsubscribe link, the enrollment's
//! reply address, and the `Message-ID` a follow-up threads to. The scheduler (rendering
//! `{{ unsubscribe_url }}`), the send worker (headers) and the public unsubscribe route all
//! build them here, so they agree.

use uuid::Uuid;

use shared::config::{self, ConfigError};

use crate::tokens::{self, Purpose, TokenKey};

/// The environment variable holding the key unsubscribe and reply tokens are signed with.
pub const TOKEN_SECRET_VARIABLE: &str = "TOKEN_SECRET";

/// The token key from `TOKEN_SECRET` (at least 32 bytes).
pub fn token_key_from_env() -> Result<TokenKey, ConfigError> {
    let secret = config::required(TOKEN_SECRET_VARIABLE)?;
    TokenKey::new(secret.as_bytes()).map_err(|err| ConfigError::Invalid {
        name: TOKEN_SECRET_VARIABLE,
        reason: err.to_string(),
    })
}

/// `https://app…/unsubscribe/{token}`: the public page and the RFC 8058 one-click target for
/// one message.
pub fn unsubscribe_url(app_base_url: &str, key: &TokenKey, outbound_email_id: Uuid) -> String {
    format!(
        "{}/unsubscribe/{}",
        app_base_url.trim_end_matches('/'),
        tokens::sign(key, Purpose::Unsubscribe, outbound_email_id)
    )
}

/// `mailto:` form of the unsubscribe header, for clients that do not do one-click: a mail to
/// the reply address with the subject `unsubscribe`.
pub fn unsubscribe_mailto(reply_address: &str) -> String {
    format!("mailto:{reply_address}?subject=unsubscribe")
}

/// `reply+{token}@{inbound domain}`: where answers to an enrollment's messages go.
pub fn reply_address(key: &TokenKey, enrollment_id: Uuid, inbound_domain: &str) -> String {
    tokens::reply_address(
        &tokens::sign(key, Purpose::Reply, enrollment_id),
        inbound_domain,
    )
}

/// The `Message-ID` recipients see for a message SES sent with id `ses_message_id`: SES replaces
/// ours with `<id@email.amazonses.com>` in us-east-1 and `<id@{region}.amazonses.com>`
/// elsewhere (not a documented format; replies are matched by the bare id, never by this).
pub fn ses_message_id_header(ses_message_id: &str, region: &str) -> String {
    let domain = if region == "us-east-1" || region.is_empty() {
        "email.amazonses.com".to_owned()
    } else {
        format!("{region}.amazonses.com")
    };
    format!("<{ses_message_id}@{domain}>")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> TokenKey {
        TokenKey::new(b"a test key that is long enough for hmac-sha256 use").expect("key")
    }

    #[test]
    fn unsubscribe_links_name_the_message_and_verify() {
        let id = Uuid::new_v4();
        let url = unsubscribe_url("https://app.example/", &key(), id);
        let token = url
            .strip_prefix("https://app.example/unsubscribe/")
            .expect("under /unsubscribe/");
        assert_eq!(
            tokens::verify(&key(), Purpose::Unsubscribe, token),
            Some(id)
        );
        assert_eq!(tokens::verify(&key(), Purpose::Reply, token), None);
    }

    #[test]
    fn reply_addresses_name_the_enrollment() {
        let id = Uuid::new_v4();
        let address = reply_address(&key(), id, "in.example");
        let token = tokens::reply_token_from_address(&address).expect("a reply token");
        assert_eq!(tokens::verify(&key(), Purpose::Reply, token), Some(id));
        assert!(address.ends_with("@in.example"));
        assert!(address.split('@').next().map(str::len) <= Some(64));
    }

    #[test]
    fn ses_message_ids_carry_the_region_domain() {
        assert_eq!(
            ses_message_id_header("0100-abc", "us-east-1"),
            "<0100-abc@email.amazonses.com>"
        );
        assert_eq!(
            ses_message_id_header("0100-abc", "eu-west-1"),
            "<0100-abc@eu-west-1.amazonses.com>"
        );
    }
}
