//! Bearer authentication with session tokens and `rf_` API keys.
//!
//! A credential is `<prefix><public id>_<secret>`. The database holds the public id and the
//! SHA-256 of the secret only; a lookup goes by id and the hashes are compared in constant time,
//! so neither the index nor the comparison leaks how much of a guessed secret was right.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use uuid::Uuid;

use crate::db::{self, Pool};
use crate::error::{ApiError, Context};
use crate::queries;

pub const API_KEY_PREFIX: &str = "rf_";
pub const SESSION_PREFIX: &str = "rfs_";
/// One-time sign-in tokens, minted by `api-auth` and, for mail whose enqueue failed, by the
/// maintenance sweep.
pub const LOGIN_TOKEN_PREFIX: &str = "rfl_";

/// The link a sign-in mail carries.
pub fn sign_in_url(app_base_url: &str, token: &str) -> String {
    format!("{app_base_url}/sign-in?token={token}")
}

/// Who is calling, and with which credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caller {
    pub user_id: Uuid,
    pub credential: Credential,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credential {
    Session(Uuid),
    ApiKey(Uuid),
}

impl Caller {
    /// The rate-limit bucket for this credential.
    pub fn rate_limit_key(&self) -> String {
        match self.credential {
            Credential::Session(id) => format!("session:{id}"),
            Credential::ApiKey(id) => format!("key:{id}"),
        }
    }
}

/// A freshly minted credential: the string handed to the client once, and what we store.
pub struct IssuedSecret {
    pub id: Uuid,
    pub token: String,
    pub secret_hash: Vec<u8>,
}

/// Mints `<prefix><id>_<secret>` with 256 bits of secret.
pub fn issue(prefix: &str) -> IssuedSecret {
    let id = Uuid::new_v4();
    let mut secret = [0u8; 32];
    rand::rng().fill_bytes(&mut secret);
    let secret = URL_SAFE_NO_PAD.encode(secret);
    IssuedSecret {
        id,
        token: format!("{prefix}{}_{secret}", id.simple()),
        secret_hash: hash_secret(&secret),
    }
}

pub fn hash_secret(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}

/// Splits `<prefix><id>_<secret>` into id and secret; `None` for anything else.
pub fn split_token<'a>(token: &'a str, prefix: &str) -> Option<(Uuid, &'a str)> {
    let rest = token.strip_prefix(prefix)?;
    let (id, secret) = rest.split_once('_')?;
    if id.len() != 32 || secret.is_empty() || secret.len() > 128 {
        return None;
    }
    Some((Uuid::try_parse(id).ok()?, secret))
}

/// Constant-time check of a presented secret against the stored hash.
pub fn secret_matches(secret: &str, stored_hash: &[u8]) -> bool {
    hash_secret(secret).ct_eq(stored_hash).into()
}

const MISSING: &str = "Send `Authorization: Bearer <session token or API key>`.";
const INVALID: &str = "The session token or API key is invalid, expired or revoked.";

/// Reads the bearer credential of a request.
pub fn bearer(headers: &http::HeaderMap) -> Result<&str, ApiError> {
    let header = headers
        .get(http::header::AUTHORIZATION)
        .ok_or(ApiError::Unauthorized(MISSING))?
        .to_str()
        .map_err(|_| ApiError::Unauthorized(MISSING))?;
    let (scheme, token) = header
        .split_once(' ')
        .ok_or(ApiError::Unauthorized(MISSING))?;
    if !scheme.eq_ignore_ascii_case("bearer") || token.trim().is_empty() {
        return Err(ApiError::Unauthorized(MISSING));
    }
    Ok(token.trim())
}

/// Resolves the caller of a request or answers 401.
#[tracing::instrument(skip_all)]
pub async fn authenticate(pool: &Pool, headers: &http::HeaderMap) -> Result<Caller, ApiError> {
    let token = bearer(headers)?;
    let (query, prefix) = if token.starts_with(SESSION_PREFIX) {
        (queries::FIND_SESSION, SESSION_PREFIX)
    } else if token.starts_with(API_KEY_PREFIX) {
        (queries::FIND_API_KEY, API_KEY_PREFIX)
    } else {
        return Err(ApiError::Unauthorized(INVALID));
    };
    let (id, secret) = split_token(token, prefix).ok_or(ApiError::Unauthorized(INVALID))?;
    let client = db::client(pool).await?;
    let row = client
        .query_opt(query, &[&id])
        .await
        .context("Failed to look up credential")?
        .ok_or(ApiError::Unauthorized(INVALID))?;
    let stored: Vec<u8> = row
        .try_get("secret_hash")
        .context("Failed to read credential")?;
    if !secret_matches(secret, &stored) {
        return Err(ApiError::Unauthorized(INVALID));
    }
    let user_id: Uuid = row
        .try_get("user_id")
        .context("Failed to read credential")?;
    let credential = if prefix == SESSION_PREFIX {
        Credential::Session(id)
    } else {
        client
            .execute(queries::TOUCH_API_KEY, &[&id])
            .await
            .context("Failed to record API key use")?;
        Credential::ApiKey(id)
    };
    tracing::Span::current().record("user_id", tracing::field::display(user_id));
    Ok(Caller {
        user_id,
        credential,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_tokens_round_trip_and_only_the_hash_matches() {
        let issued = issue(API_KEY_PREFIX);
        let (id, secret) = split_token(&issued.token, API_KEY_PREFIX).expect("well-formed");
        assert_eq!(id, issued.id);
        assert!(secret_matches(secret, &issued.secret_hash));
        assert!(!secret_matches("wrong", &issued.secret_hash));
        assert!(
            !issued
                .secret_hash
                .windows(secret.len())
                .any(|w| w == secret.as_bytes())
        );
    }

    #[test]
    fn malformed_tokens_are_rejected() {
        for token in [
            "rf_",
            "rf_abc_def",
            "rf_00000000000000000000000000000000_",
            "rfs_x",
            "nope",
        ] {
            assert!(split_token(token, API_KEY_PREFIX).is_none(), "{token}");
        }
    }

    #[test]
    fn session_and_key_prefixes_do_not_overlap() {
        let session = issue(SESSION_PREFIX);
        assert!(split_token(&session.token, API_KEY_PREFIX).is_none());
    }
}
