//! Email addresses, parsed once at the edge.

use std::fmt;

/// A syntactically valid address: RFC 5321 lengths, an internationalised domain converted to
/// its ASCII (punycode) form and lower-cased. The local part keeps its case because some
/// servers honour it; comparisons elsewhere are case-insensitive (citext).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress {
    local: String,
    domain: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidEmail {
    #[error("is not an email address")]
    Syntax,
    #[error("is longer than 254 characters")]
    TooLong,
    #[error("has a local part longer than 64 characters")]
    LocalPartTooLong,
    #[error("has an invalid domain")]
    Domain,
}

impl EmailAddress {
    pub fn parse(raw: &str) -> Result<Self, InvalidEmail> {
        let trimmed = raw.trim();
        let (local, domain) = trimmed.rsplit_once('@').ok_or(InvalidEmail::Syntax)?;
        if local.is_empty() || domain.is_empty() {
            return Err(InvalidEmail::Syntax);
        }
        if local.len() > 64 {
            return Err(InvalidEmail::LocalPartTooLong);
        }
        let ascii_domain =
            idna::domain_to_ascii_strict(domain).map_err(|_| InvalidEmail::Domain)?;
        if !ascii_domain.contains('.') || ascii_domain.ends_with('.') || ascii_domain.len() > 253 {
            return Err(InvalidEmail::Domain);
        }
        let candidate = format!("{local}@{ascii_domain}");
        if candidate.len() > 254 {
            return Err(InvalidEmail::TooLong);
        }
        if !email_address::EmailAddress::is_valid(&candidate) || local.contains(char::is_whitespace)
        {
            return Err(InvalidEmail::Syntax);
        }
        Ok(Self {
            local: local.to_owned(),
            domain: ascii_domain,
        })
    }

    pub fn local_part(&self) -> &str {
        &self.local
    }

    pub fn domain(&self) -> &str {
        &self.domain
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.local, self.domain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_and_international_addresses() {
        let address = EmailAddress::parse("  Jane.Doe+jobs@Example.COM ").expect("valid");
        assert_eq!(address.to_string(), "Jane.Doe+jobs@example.com");
        let idn = EmailAddress::parse("info@bücher.de").expect("valid idn");
        assert_eq!(idn.domain(), "xn--bcher-kva.de");
    }

    #[test]
    fn rejects_what_rfc_5321_forbids() {
        assert_eq!(
            EmailAddress::parse("plainaddress"),
            Err(InvalidEmail::Syntax)
        );
        assert_eq!(
            EmailAddress::parse("a@localhost"),
            Err(InvalidEmail::Domain)
        );
        assert_eq!(
            EmailAddress::parse("two words@example.com"),
            Err(InvalidEmail::Syntax)
        );
        let long_local = format!("{}@example.com", "a".repeat(65));
        assert_eq!(
            EmailAddress::parse(&long_local),
            Err(InvalidEmail::LocalPartTooLong)
        );
        let long_domain = format!("a@{}.com", vec!["b".repeat(60); 5].join("."));
        assert!(EmailAddress::parse(&long_domain).is_err());
    }
}
