//! Mail routes from DNS with hickory, cached per domain for the life of the Lambda instance.
//!
//! Cache: in process, not in Postgres. One instance verifies a batch of up to ten jobs of 25
//! contacts, where addresses mostly share a few company domains; the VPC resolver behind it
//! caches across instances anyway. Definitive answers are kept `ttl`, timeouts and failures
//! only `retry_ttl`, so a flaky domain is asked again on a later batch.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use shared::dns::{NetError, RData, TokioResolver};

use crate::classify::{MailDomains, MailRoute};

pub struct Dns {
    resolver: TokioResolver,
    cache: Mutex<HashMap<String, (MailRoute, Instant)>>,
    ttl: Duration,
    retry_ttl: Duration,
}

impl Dns {
    /// Asks `server` when given, else the system resolver (see [`shared::dns::resolver`]).
    pub fn new(server: Option<SocketAddr>) -> anyhow::Result<Self> {
        Ok(Self {
            resolver: shared::dns::resolver(server)?,
            cache: Mutex::new(HashMap::new()),
            ttl: Duration::from_secs(600),
            retry_ttl: Duration::from_secs(60),
        })
    }

    fn cached(&self, domain: &str) -> Option<MailRoute> {
        let cache = self.cache.lock().ok()?;
        let (route, expires) = cache.get(domain)?;
        (*expires > Instant::now()).then(|| route.clone())
    }

    fn remember(&self, domain: &str, route: &MailRoute) {
        let ttl = match route {
            MailRoute::Timeout | MailRoute::Failed(_) => self.retry_ttl,
            _ => self.ttl,
        };
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(domain.to_owned(), (route.clone(), Instant::now() + ttl));
        }
    }

    async fn resolve(&self, domain: &str) -> MailRoute {
        let fqdn = format!("{domain}.");
        match self.resolver.mx_lookup(fqdn.as_str()).await {
            Ok(lookup) => {
                let exchanges: Vec<bool> = lookup
                    .answers()
                    .iter()
                    .filter_map(|record| match &record.data {
                        RData::MX(mx) => Some(mx.exchange.is_root()),
                        _ => None,
                    })
                    .collect();
                if exchanges.iter().any(|is_root| *is_root) {
                    MailRoute::NullMx
                } else if exchanges.is_empty() {
                    self.address_fallback(&fqdn).await
                } else {
                    MailRoute::Mx
                }
            }
            Err(err) if err.is_nx_domain() => MailRoute::NoSuchDomain,
            Err(err) if err.is_no_records_found() => self.address_fallback(&fqdn).await,
            Err(err) => failure(&err),
        }
    }

    /// RFC 5321 §5.1: without MX records, the domain's own address is its mail host.
    async fn address_fallback(&self, fqdn: &str) -> MailRoute {
        match self.resolver.lookup_ip(fqdn).await {
            Ok(lookup) if lookup.iter().next().is_some() => MailRoute::AddressFallback,
            Ok(_) => MailRoute::NoMailHost,
            Err(err) if err.is_nx_domain() => MailRoute::NoSuchDomain,
            Err(err) if err.is_no_records_found() => MailRoute::NoMailHost,
            Err(err) => failure(&err),
        }
    }
}

fn failure(err: &NetError) -> MailRoute {
    match err {
        NetError::Timeout => MailRoute::Timeout,
        other => MailRoute::Failed(other.to_string()),
    }
}

impl MailDomains for Dns {
    async fn mail_route(&self, domain: &str) -> MailRoute {
        if let Some(route) = self.cached(domain) {
            return route;
        }
        let route = self.resolve(domain).await;
        tracing::debug!(domain, ?route, "resolved mail route");
        self.remember(domain, &route);
        route
    }
}
