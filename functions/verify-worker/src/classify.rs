//! What an address is worth sending to, from its syntax, its domain and its local part.
//! Pure apart from the DNS answer, which comes from a `MailDomains` implementation.

use std::collections::HashSet;
use std::sync::LazyLock;

use shared::email::EmailAddress;

/// The shipped blocklist; see the header of the file for its source and how to refresh it.
const DISPOSABLE_DOMAINS: &str = include_str!("../data/disposable_domains.txt");

static DISPOSABLE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    DISPOSABLE_DOMAINS
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

/// Local parts that reach a team or a machine rather than a person. A job seeker writing to
/// `careers@` or `jobs@` lands in an applicant tracking system, which is what this product
/// exists to get around, so those count too.
const ROLE_ACCOUNTS: &[&str] = &[
    "abuse",
    "accounting",
    "accounts",
    "admin",
    "administrator",
    "all",
    "billing",
    "careers",
    "contact",
    "customerservice",
    "donotreply",
    "enquiries",
    "enquiry",
    "feedback",
    "finance",
    "help",
    "helpdesk",
    "hiring",
    "hostmaster",
    "hr",
    "info",
    "inquiries",
    "jobs",
    "legal",
    "mail",
    "mailerdaemon",
    "marketing",
    "media",
    "news",
    "newsletter",
    "noc",
    "noreply",
    "office",
    "orders",
    "postmaster",
    "press",
    "privacy",
    "recruiting",
    "recruitment",
    "root",
    "sales",
    "security",
    "service",
    "support",
    "talent",
    "team",
    "webmaster",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Valid,
    Risky,
    Invalid,
    Unknown,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::Risky => "risky",
            Self::Invalid => "invalid",
            Self::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    pub reason: String,
}

impl Verdict {
    fn new(status: Status, reason: impl Into<String>) -> Self {
        Self {
            status,
            reason: reason.into(),
        }
    }
}

/// Where mail for a domain goes, per RFC 5321 §5.1 and RFC 7505.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailRoute {
    /// MX records name mail hosts.
    Mx,
    /// No MX, but the domain has an A or AAAA record: the implicit MX of RFC 5321 §5.1.
    AddressFallback,
    /// `MX 0 .`: the domain declares it accepts no mail.
    NullMx,
    /// The domain exists but has no MX, A or AAAA record.
    NoMailHost,
    /// NXDOMAIN.
    NoSuchDomain,
    /// The resolver did not answer in time.
    Timeout,
    /// Any other resolver failure (SERVFAIL, REFUSED, network), with what it said.
    Failed(String),
}

/// Answers where mail for a domain goes.
pub trait MailDomains {
    fn mail_route(&self, domain: &str) -> impl Future<Output = MailRoute> + Send;
}

/// The blocklisted domain covering `domain` (itself or a parent), if any.
pub fn disposable_domain(domain: &str) -> Option<&'static str> {
    let mut candidate = domain;
    loop {
        if let Some(listed) = DISPOSABLE.get(candidate) {
            return Some(listed);
        }
        candidate = candidate.split_once('.')?.1;
    }
}

/// The role the local part names (`info`, `no-reply` …), ignoring case, `+tags` and `.`/`-`/`_`.
pub fn role_account(local_part: &str) -> Option<&'static str> {
    let base = local_part.split('+').next().unwrap_or(local_part);
    let key: String = base
        .chars()
        .filter(|c| !matches!(c, '.' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect();
    ROLE_ACCOUNTS.iter().find(|role| **role == key).copied()
}

/// Parses an address into what the DNS step needs, or the verdict that makes DNS unnecessary.
pub fn precheck(address: &str) -> Result<EmailAddress, Verdict> {
    let email = EmailAddress::parse(address)
        .map_err(|err| Verdict::new(Status::Invalid, format!("syntax: {err}")))?;
    // Disposable providers run live mail servers that accept anything, so a lookup would add
    // nothing; the address is risky whatever DNS says.
    if let Some(listed) = disposable_domain(email.domain()) {
        return Err(Verdict::new(
            Status::Risky,
            format!("disposable domain ({listed})"),
        ));
    }
    Ok(email)
}

/// The verdict for a parsed address once its domain's mail route is known.
pub fn conclude(email: &EmailAddress, route: &MailRoute) -> Verdict {
    let found = match route {
        MailRoute::Mx => "mail server found (MX)",
        MailRoute::AddressFallback => "mail server found (A/AAAA fallback, no MX)",
        MailRoute::NullMx => {
            return Verdict::new(
                Status::Invalid,
                "domain accepts no mail (null MX, RFC 7505)",
            );
        }
        MailRoute::NoMailHost => {
            return Verdict::new(Status::Invalid, "no mail server (no MX, A or AAAA record)");
        }
        MailRoute::NoSuchDomain => {
            return Verdict::new(Status::Invalid, "domain does not exist (NXDOMAIN)");
        }
        MailRoute::Timeout => return Verdict::new(Status::Unknown, "DNS lookup timed out"),
        MailRoute::Failed(why) => {
            return Verdict::new(Status::Unknown, format!("DNS lookup failed: {why}"));
        }
    };
    match role_account(email.local_part()) {
        Some(role) => Verdict::new(Status::Risky, format!("role account ({role}@)")),
        None => Verdict::new(Status::Valid, found),
    }
}

/// Verifies one address: syntax (RFC 5321 lengths, IDN), disposable domain, mail route, role.
pub async fn verify(address: &str, dns: &impl MailDomains) -> Verdict {
    match precheck(address) {
        Err(verdict) => verdict,
        Ok(email) => conclude(&email, &dns.mail_route(email.domain()).await),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed(MailRoute);

    impl MailDomains for Fixed {
        async fn mail_route(&self, _domain: &str) -> MailRoute {
            self.0.clone()
        }
    }

    async fn status(address: &str, route: MailRoute) -> Verdict {
        verify(address, &Fixed(route)).await
    }

    #[tokio::test]
    async fn statuses_follow_the_rules() {
        assert_eq!(
            status("jane@example.test", MailRoute::Mx).await.status,
            Status::Valid
        );
        assert_eq!(
            status("jane@aonly.test", MailRoute::AddressFallback)
                .await
                .status,
            Status::Valid
        );
        assert_eq!(
            status("Info+x@example.test", MailRoute::Mx).await.reason,
            "role account (info@)"
        );
        assert_eq!(
            status("no-reply@example.test", MailRoute::Mx).await.status,
            Status::Risky
        );
        assert_eq!(
            status("a@mailinator.com", MailRoute::NoSuchDomain)
                .await
                .status,
            Status::Risky
        );
        assert_eq!(
            status("a@eu.mailinator.com", MailRoute::Mx).await.status,
            Status::Risky
        );
        assert_eq!(
            status("info@nullmx.test", MailRoute::NullMx).await.status,
            Status::Invalid
        );
        assert_eq!(
            status("a@gone.test", MailRoute::NoSuchDomain).await.status,
            Status::Invalid
        );
        assert_eq!(
            status("a@empty.test", MailRoute::NoMailHost).await.status,
            Status::Invalid
        );
        assert_eq!(
            status("a@slow.test", MailRoute::Timeout).await.status,
            Status::Unknown
        );
        let syntax = status("not an address", MailRoute::Mx).await;
        assert_eq!(
            (syntax.status, syntax.reason.as_str()),
            (Status::Invalid, "syntax: is not an email address")
        );
        let long = format!("{}@example.test", "a".repeat(65));
        assert_eq!(status(&long, MailRoute::Mx).await.status, Status::Invalid);
    }

    #[test]
    fn the_blocklist_is_loaded_and_ordinary_domains_are_not_on_it() {
        assert!(DISPOSABLE.len() > 5_000, "{}", DISPOSABLE.len());
        for domain in [
            "gmail.com",
            "example.test",
            "simulator.amazonses.com",
            "roleferry.com",
        ] {
            assert_eq!(disposable_domain(domain), None, "{domain}");
        }
    }
}
