//! Looks up what `sending::readiness` judges a From domain by: SES's Easy DKIM status of the
//! domain identity, and the TXT records of the domain (SPF) and of `_dmarc.{domain}` (DMARC).
//!
//! Asked at read time, every time: a record published a minute ago shows at once, and nothing
//! stored can go stale. Each answer is bounded by [`QUERY_TIMEOUT`]; one that does not come in
//! time, or fails, is `unknown` and counts as missing, never as an error of the request.

use std::collections::HashMap;

use aws_sdk_sesv2::error::{DisplayErrorContext, SdkError};
use aws_sdk_sesv2::operation::get_email_identity::GetEmailIdentityError;
use aws_sdk_sesv2::types::DkimSigningAttributesOrigin;
use futures_util::future::join_all;
use tokio::time::timeout;

use sending::readiness::{DkimAnswer, DkimStatus, Readiness, TxtAnswer};
use shared::dns::{QUERY_TIMEOUT, TokioResolver};

use crate::AppState;
use crate::identity;

/// The domain of a stored From address, as SES and DNS know it (stored addresses are parsed,
/// their domains ASCII and lower-case).
pub fn domain_of(address: &str) -> String {
    address
        .rsplit_once('@')
        .map(|(_, domain)| domain)
        .unwrap_or(address)
        .to_ascii_lowercase()
}

/// The readiness of `domain`.
pub async fn assess(state: &AppState, domain: &str) -> Readiness {
    let (dkim, spf, dmarc) = look_up(state, domain).await;
    Readiness::assess(domain, dkim, &spf, &dmarc)
}

/// Like [`assess`], but a domain SES has no identity for gets one first (which starts Easy
/// DKIM): for launch, where the sender is confirmed and a missing identity means its creation
/// at confirmation failed, or the sender was confirmed before domains were created.
pub async fn assess_starting_dkim(state: &AppState, domain: &str) -> Readiness {
    let (mut dkim_answer, spf, dmarc) = look_up(state, domain).await;
    if dkim_answer == DkimAnswer::NoIdentity {
        identity::start_domain(state.ses(), domain).await;
        dkim_answer = dkim(state.ses(), domain).await;
    }
    Readiness::assess(domain, dkim_answer, &spf, &dmarc)
}

/// SES's DKIM answer and the domain's and `_dmarc.{domain}`'s TXT records, asked at once.
async fn look_up(state: &AppState, domain: &str) -> (DkimAnswer, TxtAnswer, TxtAnswer) {
    let dmarc_name = format!("_dmarc.{domain}");
    tokio::join!(
        dkim(state.ses(), domain),
        txt(&state.resolver, domain),
        txt(&state.resolver, &dmarc_name),
    )
}

/// The readiness of each of `domains`, in their order: each distinct domain looked up once,
/// all at once (a page of senders mostly shares a domain or two).
pub async fn assess_each(state: &AppState, domains: &[String]) -> Vec<Readiness> {
    let mut distinct: Vec<&str> = domains.iter().map(String::as_str).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let assessed: HashMap<&str, Readiness> = distinct
        .iter()
        .copied()
        .zip(join_all(distinct.iter().map(|domain| assess(state, domain))).await)
        .collect();
    domains
        .iter()
        .filter_map(|domain| assessed.get(domain.as_str()).cloned())
        .collect()
}

async fn txt(resolver: &TokioResolver, name: &str) -> TxtAnswer {
    match timeout(QUERY_TIMEOUT, shared::dns::txt_records(resolver, name)).await {
        Ok(answer) => answer,
        Err(_) => Err("DNS lookup timed out".to_owned()),
    }
}

/// What SES says about the domain identity's DKIM. A domain that brings its own key
/// (`EXTERNAL`) has a selector where Easy DKIM has tokens: no CNAME records to show.
#[tracing::instrument(skip(ses))]
async fn dkim(ses: &aws_sdk_sesv2::Client, domain: &str) -> DkimAnswer {
    let asked = ses.get_email_identity().email_identity(domain).send();
    match timeout(QUERY_TIMEOUT, asked).await {
        Ok(Ok(output)) => {
            let Some(attributes) = output.dkim_attributes() else {
                return DkimAnswer::Identity {
                    signing_enabled: false,
                    status: DkimStatus::NotStarted,
                    tokens: Vec::new(),
                };
            };
            let easy_dkim = attributes.signing_attributes_origin()
                != Some(&DkimSigningAttributesOrigin::External);
            DkimAnswer::Identity {
                signing_enabled: attributes.signing_enabled(),
                status: attributes
                    .status()
                    .map_or(DkimStatus::NotStarted, |status| {
                        DkimStatus::from_ses(status.as_str())
                    }),
                tokens: if easy_dkim {
                    attributes.tokens().to_vec()
                } else {
                    Vec::new()
                },
            }
        }
        Ok(Err(SdkError::ServiceError(err)))
            if matches!(err.err(), GetEmailIdentityError::NotFoundException(_)) =>
        {
            DkimAnswer::NoIdentity
        }
        Ok(Err(err)) => {
            tracing::warn!(error = %DisplayErrorContext(&err), "DKIM status not read");
            DkimAnswer::Failed("Amazon SES did not answer".to_owned())
        }
        Err(_) => DkimAnswer::Failed("Amazon SES did not answer in time".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_domain_of_a_stored_address() {
        assert_eq!(domain_of("grace@Example.test"), "example.test");
        assert_eq!(domain_of("\"a@b\"@acme.test"), "acme.test");
    }
}
