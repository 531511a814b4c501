//! Whether a sender's From domain can pass DMARC (SPEC §3), judged from what Amazon SES says
//! about the domain's Easy DKIM and what DNS says about its SPF and DMARC records. No I/O: the
//! API looks the answers up and hands them here.
//!
//! DMARC passes when SPF or DKIM passes *aligned* with the From domain. SES sends with its own
//! MAIL FROM domain (amazonses.com) unless the identity has a custom MAIL FROM domain, so for
//! our senders SPF never aligns and DMARC rests on DKIM. Easy DKIM signs with `d=` the
//! identity's domain, the From domain itself, so once SES reports it `SUCCESS` DKIM aligns.
//! Gmail's and Yahoo's bulk sender rules also require a DMARC record (`p=none` will do). So the
//! From domain is ready when Easy DKIM is `SUCCESS` and signing, and a DMARC record is
//! published. SPF is shown for information only.
//!
//! Two simplifications, both stricter than a receiver:
//! - No organisational-domain fallback (RFC 7489 §6.6.3): a From domain below its registered
//!   domain needs its own `_dmarc` record here, or it shows `missing`. The fallback needs the
//!   Public Suffix List to find the organisational domain.
//! - SPF `include:` and `redirect=` are not followed: only a record that names
//!   `include:amazonses.com` itself counts as authorizing SES.

use serde::Serialize;
use utoipa::ToSchema;

/// The TXT records at a name (each record's strings joined), or why they could not be read.
/// A name that does not exist has no records.
pub type TxtAnswer = Result<Vec<String>, String>;

/// What a domain's DMARC record should at least say, as the missing-record hint shows it.
pub const MINIMAL_DMARC_RECORD: &str = "v=DMARC1; p=none";

/// SES's Easy DKIM status of the domain identity (`DkimAttributes.Status`): `success` (SES found
/// the CNAME records and signs with the domain), `pending` (SES looks for them, for up to 72
/// hours), `failed` (SES did not find them), `temporary_failure` (SES could not read them lately,
/// though it found them before), `not_started` (SES has no identity for the domain, or no Easy
/// DKIM for it), `unknown` (SES could not be asked just now, or answered a status we do not
/// know).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DkimStatus {
    Success,
    Pending,
    Failed,
    TemporaryFailure,
    NotStarted,
    Unknown,
}

impl DkimStatus {
    /// Reads SES's `DkimStatus` (`SUCCESS`, `PENDING`, …); a value SES adds later is `unknown`
    /// rather than a guess.
    pub fn from_ses(raw: &str) -> Self {
        match raw {
            "SUCCESS" => Self::Success,
            "PENDING" => Self::Pending,
            "FAILED" => Self::Failed,
            "TEMPORARY_FAILURE" => Self::TemporaryFailure,
            "NOT_STARTED" => Self::NotStarted,
            _ => Self::Unknown,
        }
    }
}

/// What SES said about the domain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DkimAnswer {
    /// The domain identity's DKIM attributes. `tokens` are Easy DKIM's (empty for a domain that
    /// brings its own DKIM key).
    Identity {
        signing_enabled: bool,
        status: DkimStatus,
        tokens: Vec<String>,
    },
    /// SES has no identity for the domain.
    NoIdentity,
    /// SES could not be asked; why.
    Failed(String),
}

/// Easy DKIM's records are CNAMEs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub enum DnsRecordType {
    #[serde(rename = "CNAME")]
    Cname,
}

/// A DNS record the domain's owner publishes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct DnsRecord {
    pub name: String,
    #[serde(rename = "type")]
    pub record_type: DnsRecordType,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(as = DkimReadiness)]
pub struct Dkim {
    pub status: DkimStatus,
    /// The Easy DKIM CNAME records SES looks for (and keeps looking for: they stay published):
    /// `{token}._domainkey.{domain}` → `{token}.dkim.amazonses.com`. Empty until SES has an
    /// identity for the domain.
    pub records: Vec<DnsRecord>,
}

/// The three CNAME records of Easy DKIM for `domain`.
pub fn dkim_records(domain: &str, tokens: &[String]) -> Vec<DnsRecord> {
    tokens
        .iter()
        .map(|token| DnsRecord {
            name: format!("{token}._domainkey.{domain}"),
            record_type: DnsRecordType::Cname,
            value: format!("{token}.dkim.amazonses.com"),
        })
        .collect()
}

/// The domain's SPF record: `pass` (one `v=spf1` record, naming `include:amazonses.com`),
/// `not_authorizing_ses` (one, not naming it: no matter for DMARC while SES sends with its own
/// MAIL FROM domain, it does once a custom MAIL FROM domain is used), `missing` (none),
/// `invalid` (more than one: a permanent error to every receiver, RFC 7208 §4.5), `unknown`
/// (the lookup failed or timed out).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SpfStatus {
    Pass,
    NotAuthorizingSes,
    Missing,
    Invalid,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(as = SpfReadiness)]
pub struct Spf {
    pub status: SpfStatus,
    /// The domain's `v=spf1` record (the first of them when several make it `invalid`).
    pub record: Option<String>,
}

impl Spf {
    /// Reads the TXT records of the domain itself (RFC 7208 §4.5: a record is SPF when it
    /// begins with `v=spf1` followed by a space or nothing, in any case).
    pub fn from_txt(answer: &TxtAnswer) -> Self {
        let records = match answer {
            Ok(records) => records,
            Err(_) => {
                return Self {
                    status: SpfStatus::Unknown,
                    record: None,
                };
            }
        };
        let spf: Vec<&String> = records.iter().filter(|record| is_spf(record)).collect();
        let status = match spf.as_slice() {
            [] => SpfStatus::Missing,
            [record] if authorizes_ses(record) => SpfStatus::Pass,
            [_] => SpfStatus::NotAuthorizingSes,
            _ => SpfStatus::Invalid,
        };
        Self {
            status,
            record: spf.first().map(|record| (*record).clone()),
        }
    }
}

fn is_spf(record: &str) -> bool {
    let version = record.split(' ').next().unwrap_or_default();
    version.eq_ignore_ascii_case("v=spf1")
}

/// A term `include:amazonses.com`, with the default `+` qualifier or none.
fn authorizes_ses(record: &str) -> bool {
    record.split_ascii_whitespace().skip(1).any(|term| {
        let term = term.strip_prefix('+').unwrap_or(term);
        term.split_once(':').is_some_and(|(mechanism, domain)| {
            mechanism.eq_ignore_ascii_case("include")
                && domain
                    .trim_end_matches('.')
                    .eq_ignore_ascii_case("amazonses.com")
        })
    })
}

/// What the domain asks receivers to do with mail that fails DMARC (`p=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DmarcPolicy {
    None,
    Quarantine,
    Reject,
}

/// The domain's DMARC record at `_dmarc.{domain}`: `present` (one, with a valid `p=`),
/// `missing` (none), `invalid` (several, or one without a valid `p=`: receivers apply no
/// DMARC policy), `unknown` (the lookup failed or timed out).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DmarcStatus {
    Present,
    Missing,
    Invalid,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(as = DmarcReadiness)]
pub struct Dmarc {
    pub status: DmarcStatus,
    /// The requested policy, when `present`.
    pub policy: Option<DmarcPolicy>,
    /// The record at `_dmarc.{domain}` (the first of them when several make it `invalid`).
    pub record: Option<String>,
    /// Why the record is `invalid` or the lookup `unknown`; said in `missing`.
    #[serde(skip)]
    problem: Option<String>,
}

impl Dmarc {
    /// Reads the TXT records at `_dmarc.{domain}`. A record is DMARC when its first tag is
    /// `v=DMARC1` (RFC 7489 §6.6.3: others are discarded); tag names are read in any case and
    /// `p` anywhere after `v`, as receivers do.
    pub fn from_txt(answer: &TxtAnswer) -> Self {
        let records = match answer {
            Ok(records) => records,
            Err(reason) => {
                return Self {
                    status: DmarcStatus::Unknown,
                    policy: None,
                    record: None,
                    problem: Some(reason.clone()),
                };
            }
        };
        let dmarc: Vec<&String> = records.iter().filter(|record| is_dmarc(record)).collect();
        let record = dmarc.first().map(|record| (*record).clone());
        let verdict = match dmarc.as_slice() {
            [] => {
                return Self {
                    status: DmarcStatus::Missing,
                    policy: None,
                    record,
                    problem: None,
                };
            }
            [record] => policy(record),
            _ => Err(format!("{} DMARC records; there must be one", dmarc.len())),
        };
        match verdict {
            Ok(policy) => Self {
                status: DmarcStatus::Present,
                policy: Some(policy),
                record,
                problem: None,
            },
            Err(problem) => Self {
                status: DmarcStatus::Invalid,
                policy: None,
                record,
                problem: Some(problem),
            },
        }
    }
}

/// The record's `tag=value` pairs, names trimmed, values trimmed.
fn tags(record: &str) -> impl Iterator<Item = (&str, &str)> {
    record
        .split(';')
        .map(str::trim)
        .filter(|tag| !tag.is_empty())
        .map(|tag| {
            let (name, value) = tag.split_once('=').unwrap_or((tag, ""));
            (name.trim(), value.trim())
        })
}

fn is_dmarc(record: &str) -> bool {
    tags(record)
        .next()
        .is_some_and(|(name, value)| name.eq_ignore_ascii_case("v") && value == "DMARC1")
}

fn policy(record: &str) -> Result<DmarcPolicy, String> {
    let Some((_, value)) = tags(record)
        .skip(1)
        .find(|(name, _)| name.eq_ignore_ascii_case("p"))
    else {
        return Err("it has no p= policy".to_owned());
    };
    match value.to_ascii_lowercase().as_str() {
        "none" => Ok(DmarcPolicy::None),
        "quarantine" => Ok(DmarcPolicy::Quarantine),
        "reject" => Ok(DmarcPolicy::Reject),
        _ => Err(format!("p={value} is not none, quarantine or reject")),
    }
}

/// Whether mail from a sender's domain can pass DMARC, each part, and what is still missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(as = SenderReadiness)]
pub struct Readiness {
    /// The From address's domain.
    pub domain: String,
    pub dkim: Dkim,
    pub spf: Spf,
    pub dmarc: Dmarc,
    /// Nothing is missing: mail from the domain can pass DMARC and (on a sender) the address is
    /// verified, so the sender may launch campaigns.
    pub can_send: bool,
    /// What keeps the sender from sending, one sentence each, with what to do.
    pub missing: Vec<String>,
}

impl Readiness {
    /// Judges `domain` from SES's DKIM answer and the TXT records of the domain (SPF) and of
    /// `_dmarc.{domain}` (DMARC).
    pub fn assess(domain: &str, dkim: DkimAnswer, spf: &TxtAnswer, dmarc: &TxtAnswer) -> Self {
        let dmarc = Dmarc::from_txt(dmarc);
        let mut missing = Vec::new();
        if let Some(gap) = dkim_gap(domain, &dkim) {
            missing.push(gap);
        }
        if let Some(gap) = dmarc_gap(domain, &dmarc) {
            missing.push(gap);
        }
        let (status, records) = match dkim {
            DkimAnswer::Identity { status, tokens, .. } => (status, dkim_records(domain, &tokens)),
            DkimAnswer::NoIdentity => (DkimStatus::NotStarted, Vec::new()),
            DkimAnswer::Failed(_) => (DkimStatus::Unknown, Vec::new()),
        };
        Self {
            domain: domain.to_owned(),
            dkim: Dkim { status, records },
            spf: Spf::from_txt(spf),
            dmarc,
            can_send: missing.is_empty(),
            missing,
        }
    }

    /// Something besides the domain keeps the sender from sending (its address is not
    /// verified, say).
    pub fn also_missing(&mut self, gap: String) {
        self.can_send = false;
        self.missing.push(gap);
    }
}

/// What keeps DKIM from aligning with `domain`, if anything.
fn dkim_gap(domain: &str, answer: &DkimAnswer) -> Option<String> {
    let (signing_enabled, status, tokens) = match answer {
        DkimAnswer::Identity {
            signing_enabled,
            status,
            tokens,
        } => (*signing_enabled, *status, tokens.len()),
        DkimAnswer::NoIdentity => {
            return Some(format!(
                "Amazon SES has no identity for {domain} yet, so Easy DKIM has not started: it \
                 starts when a sender at {domain} is confirmed or launches a campaign."
            ));
        }
        DkimAnswer::Failed(reason) => {
            return Some(format!(
                "The DKIM status of {domain} could not be read from Amazon SES ({reason}); try \
                 again."
            ));
        }
    };
    let publish = match tokens {
        0 => "the DKIM records".to_owned(),
        1 => "the CNAME record in readiness.dkim.records".to_owned(),
        count => format!("the {count} CNAME records in readiness.dkim.records"),
    };
    match status {
        DkimStatus::Success if signing_enabled => None,
        DkimStatus::Success => Some(format!(
            "DKIM signing is turned off for {domain} in Amazon SES; turn it on."
        )),
        DkimStatus::Pending => Some(format!(
            "DKIM for {domain} is pending: publish {publish}; Amazon SES checks for them for up \
             to 72 hours."
        )),
        DkimStatus::Failed => Some(format!(
            "DKIM for {domain} failed: Amazon SES did not find {publish}; publish them."
        )),
        DkimStatus::TemporaryFailure => Some(format!(
            "DKIM for {domain} is failing for now: Amazon SES could not read {publish} lately; \
             check they are still published."
        )),
        DkimStatus::NotStarted => Some(format!("DKIM for {domain} has not started in Amazon SES.")),
        DkimStatus::Unknown => Some(format!(
            "Amazon SES reports a DKIM status for {domain} we do not know; try again later."
        )),
    }
}

/// What keeps `domain` from having a DMARC policy, if anything.
fn dmarc_gap(domain: &str, dmarc: &Dmarc) -> Option<String> {
    let problem = dmarc.problem.as_deref().unwrap_or("unreadable");
    match dmarc.status {
        DmarcStatus::Present => None,
        DmarcStatus::Missing => Some(format!(
            "{domain} has no DMARC record: publish TXT _dmarc.{domain} \"{MINIMAL_DMARC_RECORD}\"."
        )),
        DmarcStatus::Invalid => Some(format!(
            "The DMARC record of {domain} is invalid ({problem}): publish one TXT record at \
             _dmarc.{domain}, such as \"{MINIMAL_DMARC_RECORD}\"."
        )),
        DmarcStatus::Unknown => Some(format!(
            "The DMARC record of {domain} could not be looked up ({problem}); try again."
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn txt(records: &[&str]) -> TxtAnswer {
        Ok(records.iter().map(|record| (*record).to_owned()).collect())
    }

    fn timed_out() -> TxtAnswer {
        Err("DNS lookup timed out".to_owned())
    }

    fn tokens() -> Vec<String> {
        ["aaa", "bbb", "ccc"].map(str::to_owned).to_vec()
    }

    fn dkim(status: DkimStatus) -> DkimAnswer {
        DkimAnswer::Identity {
            signing_enabled: true,
            status,
            tokens: tokens(),
        }
    }

    const DMARC: &[&str] = &["v=DMARC1; p=none"];

    #[test]
    fn spf_authorizing_ses_passes() {
        for record in [
            "v=spf1 include:amazonses.com ~all",
            "v=spf1 include:_spf.google.com +include:amazonses.com -all",
            "V=SPF1 INCLUDE:AmazonSES.com. ~all",
        ] {
            let spf = Spf::from_txt(&txt(&["google-site-verification=abc", record]));
            assert_eq!(spf.status, SpfStatus::Pass, "{record}");
            assert_eq!(spf.record.as_deref(), Some(record));
        }
    }

    #[test]
    fn spf_without_ses_is_informational() {
        for record in [
            "v=spf1 include:_spf.google.com ~all",
            "v=spf1 -include:amazonses.com ~all",
            "v=spf1 include:amazonses.com.evil.test ~all",
            "v=spf1",
        ] {
            assert_eq!(
                Spf::from_txt(&txt(&[record])).status,
                SpfStatus::NotAuthorizingSes,
                "{record}"
            );
        }
    }

    #[test]
    fn spf_missing_invalid_and_unknown() {
        assert_eq!(Spf::from_txt(&txt(&[])).status, SpfStatus::Missing);
        // Not a version section: `v=spf10`, text before it.
        assert_eq!(
            Spf::from_txt(&txt(&["v=spf10 include:amazonses.com", " v=spf1 -all"])).status,
            SpfStatus::Missing
        );
        let two = Spf::from_txt(&txt(&[
            "v=spf1 include:amazonses.com ~all",
            "v=spf1 mx -all",
        ]));
        assert_eq!(two.status, SpfStatus::Invalid);
        assert_eq!(
            two.record.as_deref(),
            Some("v=spf1 include:amazonses.com ~all")
        );
        let unknown = Spf::from_txt(&timed_out());
        assert_eq!(unknown.status, SpfStatus::Unknown);
        assert_eq!(unknown.record, None);
    }

    #[test]
    fn dmarc_policies() {
        for (record, policy) in [
            ("v=DMARC1; p=none", DmarcPolicy::None),
            ("v=DMARC1;p=quarantine;pct=50", DmarcPolicy::Quarantine),
            (
                "v = DMARC1 ; rua=mailto:d@acme.test ; P = Reject ;",
                DmarcPolicy::Reject,
            ),
        ] {
            let dmarc = Dmarc::from_txt(&txt(&["unrelated", record]));
            assert_eq!(dmarc.status, DmarcStatus::Present, "{record}");
            assert_eq!(dmarc.policy, Some(policy), "{record}");
            assert_eq!(dmarc.record.as_deref(), Some(record));
        }
    }

    #[test]
    fn dmarc_missing_invalid_and_unknown() {
        assert_eq!(Dmarc::from_txt(&txt(&[])).status, DmarcStatus::Missing);
        // Records whose first tag is not v=DMARC1 are not DMARC records at all.
        assert_eq!(
            Dmarc::from_txt(&txt(&[
                "p=reject; v=DMARC1",
                "v=DMARC2; p=none",
                "v=dmarc1; p=none"
            ]))
            .status,
            DmarcStatus::Missing
        );
        for (records, problem) in [
            (&["v=DMARC1"][..], "no p= policy"),
            (&["v=DMARC1; rua=mailto:d@acme.test"][..], "no p= policy"),
            (&["v=DMARC1; p=monitor"][..], "p=monitor"),
            (&["v=DMARC1; p="][..], "p= is not"),
            (
                &["v=DMARC1; p=none", "v=DMARC1; p=reject"][..],
                "2 DMARC records",
            ),
        ] {
            let dmarc = Dmarc::from_txt(&txt(records));
            assert_eq!(dmarc.status, DmarcStatus::Invalid, "{records:?}");
            assert_eq!(dmarc.policy, None);
            assert_eq!(dmarc.record.as_deref(), Some(records[0]));
            let gap = dmarc_gap("acme.test", &dmarc).expect("a gap");
            assert!(gap.contains(problem), "{gap}");
        }
        let unknown = Dmarc::from_txt(&timed_out());
        assert_eq!(unknown.status, DmarcStatus::Unknown);
        assert!(dmarc_gap("acme.test", &unknown).is_some_and(|gap| gap.contains("timed out")));
    }

    #[test]
    fn dkim_statuses_from_ses() {
        for (raw, status) in [
            ("SUCCESS", DkimStatus::Success),
            ("PENDING", DkimStatus::Pending),
            ("FAILED", DkimStatus::Failed),
            ("TEMPORARY_FAILURE", DkimStatus::TemporaryFailure),
            ("NOT_STARTED", DkimStatus::NotStarted),
            ("SOMETHING_NEW", DkimStatus::Unknown),
        ] {
            assert_eq!(DkimStatus::from_ses(raw), status, "{raw}");
        }
    }

    #[test]
    fn dkim_records_are_the_easy_dkim_cnames() {
        let readiness = Readiness::assess(
            "acme.test",
            dkim(DkimStatus::Pending),
            &txt(&[]),
            &txt(DMARC),
        );
        let records = &readiness.dkim.records;
        assert_eq!(records.len(), 3);
        assert_eq!(records[0].name, "aaa._domainkey.acme.test");
        assert_eq!(records[0].record_type, DnsRecordType::Cname);
        assert_eq!(records[0].value, "aaa.dkim.amazonses.com");
        let json = serde_json::to_value(&records[2]).expect("serialisable");
        assert_eq!(
            json,
            serde_json::json!({"name": "ccc._domainkey.acme.test", "type": "CNAME",
                               "value": "ccc.dkim.amazonses.com"})
        );
    }

    #[test]
    fn ready_only_with_dkim_success_signing_and_a_dmarc_record() {
        let ready = Readiness::assess(
            "acme.test",
            dkim(DkimStatus::Success),
            &txt(&["v=spf1 include:amazonses.com ~all"]),
            &txt(DMARC),
        );
        assert!(ready.can_send);
        assert!(ready.missing.is_empty());
        assert_eq!(ready.dkim.status, DkimStatus::Success);
        assert_eq!(ready.spf.status, SpfStatus::Pass);
        assert_eq!(ready.dmarc.status, DmarcStatus::Present);

        // SPF is informational: missing, not authorizing SES or broken changes nothing.
        for spf in [
            txt(&[]),
            txt(&["v=spf1 mx -all"]),
            txt(&["v=spf1 a", "v=spf1 mx"]),
            timed_out(),
        ] {
            let readiness =
                Readiness::assess("acme.test", dkim(DkimStatus::Success), &spf, &txt(DMARC));
            assert!(readiness.can_send, "{spf:?}");
        }

        // Every DMARC policy will do, `none` included.
        for record in [
            "v=DMARC1; p=none",
            "v=DMARC1; p=quarantine",
            "v=DMARC1; p=reject",
        ] {
            let readiness = Readiness::assess(
                "acme.test",
                dkim(DkimStatus::Success),
                &txt(&[]),
                &txt(&[record]),
            );
            assert!(readiness.can_send, "{record}");
        }
    }

    #[test]
    fn every_dkim_shortfall_is_missing_with_what_to_do() {
        let cases = [
            (
                dkim(DkimStatus::Pending),
                "DKIM for acme.test is pending: publish the 3 CNAME records",
            ),
            (dkim(DkimStatus::Failed), "DKIM for acme.test failed"),
            (
                dkim(DkimStatus::TemporaryFailure),
                "DKIM for acme.test is failing for now",
            ),
            (
                dkim(DkimStatus::NotStarted),
                "DKIM for acme.test has not started",
            ),
            (
                dkim(DkimStatus::Unknown),
                "a DKIM status for acme.test we do not know",
            ),
            (
                DkimAnswer::Identity {
                    signing_enabled: false,
                    status: DkimStatus::Success,
                    tokens: tokens(),
                },
                "DKIM signing is turned off for acme.test",
            ),
            (
                DkimAnswer::NoIdentity,
                "Amazon SES has no identity for acme.test yet",
            ),
            (
                DkimAnswer::Failed("throttled".to_owned()),
                "could not be read from Amazon SES (throttled)",
            ),
        ];
        for (answer, sentence) in cases {
            let readiness = Readiness::assess("acme.test", answer.clone(), &txt(&[]), &txt(DMARC));
            assert!(!readiness.can_send, "{answer:?}");
            assert_eq!(readiness.missing.len(), 1, "{:?}", readiness.missing);
            assert!(
                readiness.missing[0].contains(sentence),
                "{:?} lacks {sentence}",
                readiness.missing
            );
        }
        let no_identity =
            Readiness::assess("acme.test", DkimAnswer::NoIdentity, &txt(&[]), &txt(DMARC));
        assert_eq!(no_identity.dkim.status, DkimStatus::NotStarted);
        assert!(no_identity.dkim.records.is_empty());
        let failed = Readiness::assess(
            "acme.test",
            DkimAnswer::Failed("throttled".to_owned()),
            &txt(&[]),
            &txt(DMARC),
        );
        assert_eq!(failed.dkim.status, DkimStatus::Unknown);
    }

    #[test]
    fn a_missing_dmarc_record_is_named_with_the_record_to_publish() {
        let readiness = Readiness::assess(
            "acme.test",
            dkim(DkimStatus::Success),
            &txt(&["v=spf1 include:amazonses.com ~all"]),
            &txt(&[]),
        );
        assert!(!readiness.can_send);
        assert_eq!(
            readiness.missing,
            ["acme.test has no DMARC record: publish TXT _dmarc.acme.test \"v=DMARC1; p=none\"."]
        );
        for dmarc in [txt(&["v=DMARC1; p=nothing"]), timed_out()] {
            let readiness =
                Readiness::assess("acme.test", dkim(DkimStatus::Success), &txt(&[]), &dmarc);
            assert!(!readiness.can_send, "{dmarc:?}");
        }
    }

    #[test]
    fn dkim_and_dmarc_gaps_are_both_named_dkim_first() {
        let readiness =
            Readiness::assess("acme.test", dkim(DkimStatus::Pending), &txt(&[]), &txt(&[]));
        assert_eq!(readiness.missing.len(), 2);
        assert!(readiness.missing[0].starts_with("DKIM for acme.test is pending"));
        assert!(readiness.missing[1].starts_with("acme.test has no DMARC record"));
    }

    #[test]
    fn something_else_missing_stops_a_ready_domain() {
        let mut readiness = Readiness::assess(
            "acme.test",
            dkim(DkimStatus::Success),
            &txt(&[]),
            &txt(DMARC),
        );
        readiness.also_missing("the address is not confirmed".to_owned());
        assert!(!readiness.can_send);
        assert_eq!(readiness.missing, ["the address is not confirmed"]);
    }

    #[test]
    fn the_problem_stays_out_of_the_document() {
        let readiness = Readiness::assess(
            "acme.test",
            dkim(DkimStatus::Success),
            &txt(&[]),
            &txt(&["v=DMARC1; p=bogus"]),
        );
        let json = serde_json::to_value(&readiness).expect("serialisable");
        assert_eq!(
            json["dmarc"],
            serde_json::json!({"status": "invalid", "policy": null, "record": "v=DMARC1; p=bogus"})
        );
        assert_eq!(
            json["spf"],
            serde_json::json!({"status": "missing", "record": null})
        );
    }
}
