//! Signed tokens that name one outbound message: the one-click unsubscribe link
//! (`https://<app>/unsubscribe/{token}`, RFC 8058) and the Reply-To address
//! (`reply+{token}@<inbound domain>`).
//!
//! A token is the message's uuid followed by a truncated HMAC-SHA256 over a per-purpose label
//! and that uuid. Anyone can read the uuid, but only the holder of the key can mint a token, so
//! a forged or altered token is rejected before any database lookup, and a token minted for one
//! purpose is never accepted for the other.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;
use uuid::Uuid;

type HmacSha256 = Hmac<Sha256>;

/// Fewer than 32 bytes of secret would make the key, not the 128-bit MAC, the weak point.
pub const MIN_KEY_LEN: usize = 32;

/// Unsubscribe tokens live in a URL path, which has no practical length limit, so they keep a
/// 128-bit MAC: base64url of 16 uuid bytes and 16 MAC bytes is 43 characters.
const UNSUBSCRIBE_MAC_LEN: usize = 16;
const UNSUBSCRIBE_TOKEN_LEN: usize = 43;

/// Reply tokens live in an email local part, which RFC 5321 caps at 64 characters and which
/// mail systems may lowercase, so they are lowercase hex. `reply+` (6) leaves 58 characters:
/// 16 uuid bytes and a 10-byte (80-bit) MAC make 52 hex characters, 58 in all. 80 bits is still
/// far beyond online guessing, which is the only attack a MAC without the key allows.
const REPLY_MAC_LEN: usize = 10;
const REPLY_TOKEN_LEN: usize = 2 * (16 + REPLY_MAC_LEN);

const REPLY_PREFIX: &str = "reply+";

/// The secret that signs tokens. It holds the keyed HMAC state rather than the raw bytes, so
/// signing never has to handle a key-setup error.
#[derive(Clone)]
pub struct TokenKey(HmacSha256);

impl TokenKey {
    /// At least 32 bytes of secret; shorter is refused, so a placeholder or truncated config
    /// value fails at startup instead of signing guessable tokens.
    pub fn new(secret: &[u8]) -> Result<TokenKey, TokenKeyError> {
        if secret.len() < MIN_KEY_LEN {
            return Err(TokenKeyError { len: secret.len() });
        }
        HmacSha256::new_from_slice(secret)
            .map(TokenKey)
            .map_err(|_| TokenKeyError { len: secret.len() })
    }
}

/// Never prints the secret, so a key inside a logged config struct stays secret.
impl std::fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenKey(..)")
    }
}

/// The secret given to [`TokenKey::new`] was too short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenKeyError {
    len: usize,
}

impl std::fmt::Display for TokenKeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the token key must be at least {MIN_KEY_LEN} bytes of secret, got {}",
            self.len
        )
    }
}

impl std::error::Error for TokenKeyError {}

/// What a token may be used for; each purpose signs under its own label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Unsubscribe,
    Reply,
}

impl Purpose {
    /// Domain-separation labels; the `v1` lets a future format coexist with this one.
    fn label(self) -> &'static [u8] {
        match self {
            Purpose::Unsubscribe => b"roleferry-unsubscribe-v1",
            Purpose::Reply => b"roleferry-reply-v1",
        }
    }

    fn mac_len(self) -> usize {
        match self {
            Purpose::Unsubscribe => UNSUBSCRIBE_MAC_LEN,
            Purpose::Reply => REPLY_MAC_LEN,
        }
    }
}

fn full_mac(key: &TokenKey, purpose: Purpose, message_id: Uuid) -> [u8; 32] {
    let mut mac = key.0.clone();
    mac.update(purpose.label());
    mac.update(message_id.as_bytes());
    mac.finalize().into_bytes().into()
}

/// The token for `message_id`: 43 base64url characters for [`Purpose::Unsubscribe`], 52
/// lowercase hex characters for [`Purpose::Reply`].
pub fn sign(key: &TokenKey, purpose: Purpose, message_id: Uuid) -> String {
    let mac = full_mac(key, purpose, message_id);
    let mut bytes = Vec::with_capacity(32);
    bytes.extend_from_slice(message_id.as_bytes());
    bytes.extend_from_slice(&mac[..purpose.mac_len()]);
    match purpose {
        Purpose::Unsubscribe => URL_SAFE_NO_PAD.encode(&bytes),
        Purpose::Reply => bytes.iter().map(|b| format!("{b:02x}")).collect(),
    }
}

/// The message a token names, or `None` if the token was not signed by `key` for `purpose`.
/// Any input is safe: the length is checked before decoding, and the MAC is compared in
/// constant time so timing reveals nothing about how close a forgery came.
pub fn verify(key: &TokenKey, purpose: Purpose, token: &str) -> Option<Uuid> {
    let bytes = match purpose {
        Purpose::Unsubscribe if token.len() == UNSUBSCRIBE_TOKEN_LEN => {
            // The standard engine rejects non-zero trailing bits, so each token has exactly
            // one spelling and an altered last character cannot decode to the same bytes.
            URL_SAFE_NO_PAD.decode(token).ok()?
        }
        Purpose::Reply if token.len() == REPLY_TOKEN_LEN => decode_hex(token)?,
        _ => return None,
    };
    let (id_bytes, tag) = bytes.split_at_checked(16)?;
    if tag.len() != purpose.mac_len() {
        return None;
    }
    let message_id = Uuid::from_slice(id_bytes).ok()?;
    let expected = full_mac(key, purpose, message_id);
    bool::from(expected[..purpose.mac_len()].ct_eq(tag)).then_some(message_id)
}

/// Hex in either case, because a mail system may have uppercased or lowercased the address.
fn decode_hex(text: &str) -> Option<Vec<u8>> {
    fn nibble(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    }
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    bytes
        .chunks_exact(2)
        .map(|pair| Some(nibble(pair[0])? << 4 | nibble(pair[1])?))
        .collect()
}

/// The Reply-To address that routes a reply back to the message its token names.
pub fn reply_address(token: &str, inbound_domain: &str) -> String {
    format!("{REPLY_PREFIX}{token}@{inbound_domain}")
}

/// The token in `reply+TOKEN@domain`, also inside `Name <reply+TOKEN@domain>`; `reply+` in any
/// case. Only the shape is checked here: whether the token is genuine is [`verify`]'s call.
pub fn reply_token_from_address(address: &str) -> Option<&str> {
    let address = address.trim();
    let addr_spec = match address.rfind('<') {
        Some(open) => {
            let inside = &address[open + 1..];
            &inside[..inside.find('>')?]
        }
        None => address,
    }
    .trim();
    let (local, domain) = addr_spec.rsplit_once('@')?;
    let domain_ok = !domain.is_empty()
        && !domain
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '<' | '>' | '"'));
    let prefix_ok = local
        .get(..REPLY_PREFIX.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(REPLY_PREFIX));
    if !domain_ok || !prefix_ok {
        return None;
    }
    let token = &local[REPLY_PREFIX.len()..];
    (!token.is_empty() && token.bytes().all(|b| b.is_ascii_alphanumeric())).then_some(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE64URL: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const HEX: &str = "0123456789abcdef";

    fn key() -> TokenKey {
        TokenKey::new(&[7u8; 32]).unwrap()
    }

    fn id() -> Uuid {
        Uuid::parse_str("3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b").unwrap()
    }

    #[test]
    fn round_trips_both_purposes() {
        for purpose in [Purpose::Unsubscribe, Purpose::Reply] {
            for message_id in [id(), Uuid::nil(), Uuid::max(), Uuid::new_v4()] {
                let token = sign(&key(), purpose, message_id);
                assert_eq!(verify(&key(), purpose, &token), Some(message_id));
            }
        }
    }

    #[test]
    fn reply_token_is_lowercase_and_fits_a_local_part() {
        let token = sign(&key(), Purpose::Reply, id());
        assert_eq!(token.len(), 52);
        assert!(token.bytes().all(|b| HEX.as_bytes().contains(&b)));
        let address = reply_address(&token, "in.roleferry.com");
        let local = address.split('@').next().unwrap();
        assert!(local.starts_with("reply+"));
        assert!(local.len() <= 58, "{local}");
    }

    #[test]
    fn uppercased_reply_token_still_verifies() {
        let token = sign(&key(), Purpose::Reply, id()).to_ascii_uppercase();
        assert_eq!(verify(&key(), Purpose::Reply, &token), Some(id()));
    }

    #[test]
    fn unsubscribe_token_is_43_url_safe_chars() {
        let token = sign(&key(), Purpose::Unsubscribe, id());
        assert_eq!(token.len(), 43);
        assert!(token.bytes().all(|b| BASE64URL.as_bytes().contains(&b)));
    }

    #[test]
    fn any_single_changed_character_is_rejected() {
        for (purpose, alphabet) in [(Purpose::Unsubscribe, BASE64URL), (Purpose::Reply, HEX)] {
            let token = sign(&key(), purpose, id());
            for position in 0..token.len() {
                for replacement in alphabet.chars() {
                    if token[position..].starts_with(replacement) {
                        continue;
                    }
                    let mut forged = token.clone();
                    forged.replace_range(position..position + 1, &replacement.to_string());
                    assert_eq!(verify(&key(), purpose, &forged), None, "{forged}");
                }
            }
        }
    }

    #[test]
    fn wrong_purpose_is_rejected() {
        let unsubscribe = sign(&key(), Purpose::Unsubscribe, id());
        let reply = sign(&key(), Purpose::Reply, id());
        assert_eq!(verify(&key(), Purpose::Reply, &unsubscribe), None);
        assert_eq!(verify(&key(), Purpose::Unsubscribe, &reply), None);
        // Same format, other label: the labels alone must keep the purposes apart.
        let relabelled = full_mac(&key(), Purpose::Unsubscribe, id());
        let mut bytes = id().as_bytes().to_vec();
        bytes.extend_from_slice(&relabelled[..REPLY_MAC_LEN]);
        let forged: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(verify(&key(), Purpose::Reply, &forged), None);
    }

    #[test]
    fn wrong_key_is_rejected() {
        let other = TokenKey::new(&[8u8; 32]).unwrap();
        for purpose in [Purpose::Unsubscribe, Purpose::Reply] {
            assert_eq!(verify(&other, purpose, &sign(&key(), purpose, id())), None);
        }
    }

    #[test]
    fn short_key_is_refused() {
        let err = TokenKey::new(&[1u8; 31]).unwrap_err();
        assert!(err.to_string().contains("32"), "{err}");
        assert!(TokenKey::new(b"").is_err());
        assert!(TokenKey::new(&[1u8; 64]).is_ok());
    }

    #[test]
    fn debug_hides_the_secret() {
        let key = TokenKey::new(b"super-secret-value-0123456789abcdef").unwrap();
        let printed = format!("{key:?}");
        assert_eq!(printed, "TokenKey(..)");
        assert!(!printed.contains("secret"));
    }

    #[test]
    fn garbage_never_verifies() {
        let long = "a".repeat(10_000);
        let wide = "é".repeat(26);
        let inputs = [
            "",
            "%%%",
            "é",
            long.as_str(),
            wide.as_str(),
            &"=".repeat(43),
        ];
        for purpose in [Purpose::Unsubscribe, Purpose::Reply] {
            for input in inputs {
                assert_eq!(verify(&key(), purpose, input), None, "{input:.20}");
            }
        }
    }

    #[test]
    fn reply_token_is_found_in_address_shapes() {
        let cases = [
            ("reply+abc123@in.example.com", "abc123"),
            ("REPLY+abc123@in.example.com", "abc123"),
            ("Reply+ABC@in.example.com", "ABC"),
            ("<reply+abc@d.io>", "abc"),
            ("Jane Doe <reply+abc@d.io>", "abc"),
            ("\"Doe, Jane\" < reply+abc@d.io >", "abc"),
            ("  reply+abc@d.io \r\n", "abc"),
        ];
        for (address, token) in cases {
            assert_eq!(reply_token_from_address(address), Some(token), "{address}");
        }
        let token = sign(&key(), Purpose::Reply, id());
        let address = reply_address(&token, "in.example.com");
        assert_eq!(reply_token_from_address(&address), Some(token.as_str()));
    }

    #[test]
    fn other_addresses_have_no_reply_token() {
        let cases = [
            "",
            "noreply@d.io",
            "reply@d.io",
            "reply+@d.io",
            "reply+abc",
            "reply+abc@",
            "someone+reply+abc@d.io",
            "reply-abc@d.io",
            "Jane <reply+abc@d.io",
            "reply+a b@d.io",
            "reply+é@d.io",
            "é@d.io",
            "<>",
        ];
        for address in cases {
            assert_eq!(reply_token_from_address(address), None, "{address}");
        }
    }
}
