//! The DNS resolver of the functions that look names up (the verify worker's mail routes, the
//! sending API's SPF and DMARC records): one construction, one timeout, one setting.

use std::net::SocketAddr;
use std::time::Duration;

use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolverConfig};
use hickory_resolver::net::runtime::TokioRuntimeProvider;

use crate::config::{self, ConfigError};

pub use hickory_resolver::TokioResolver;
pub use hickory_resolver::net::NetError;
pub use hickory_resolver::proto::rr::RData;

/// How long one DNS query may take before what it was for is `unknown`.
pub const QUERY_TIMEOUT: Duration = Duration::from_secs(2);

/// `DNS_RESOLVER` (`host:port`) when set, as locally; unset in AWS, where the system resolver is
/// right.
pub fn resolver_from_env() -> Result<Option<SocketAddr>, ConfigError> {
    config::optional("DNS_RESOLVER")
        .map(|raw| {
            raw.trim()
                .parse()
                .map_err(|err: std::net::AddrParseError| ConfigError::Invalid {
                    name: "DNS_RESOLVER",
                    reason: err.to_string(),
                })
        })
        .transpose()
}

/// Asks `server` (UDP, then TCP for truncated answers) when given, as the local stack does
/// with `DNS_RESOLVER=127.0.0.1:5354`; otherwise the system resolver (`/etc/resolv.conf`,
/// which in Lambda is the VPC or AWS resolver). One attempt of at most [`QUERY_TIMEOUT`].
pub fn resolver(server: Option<SocketAddr>) -> anyhow::Result<TokioResolver> {
    let mut builder = match server {
        Some(address) => {
            let mut udp = ConnectionConfig::udp();
            udp.port = address.port();
            let mut tcp = ConnectionConfig::tcp();
            tcp.port = address.port();
            let name_server = NameServerConfig::new(address.ip(), true, vec![udp, tcp]);
            TokioResolver::builder_with_config(
                ResolverConfig::from_name_servers(vec![name_server]),
                TokioRuntimeProvider::default(),
            )
        }
        None => TokioResolver::builder_tokio()?,
    };
    let options = builder.options_mut();
    options.timeout = QUERY_TIMEOUT;
    options.attempts = 1;
    // Names are always absolute: never try a search domain.
    options.ndots = 0;
    Ok(builder.build()?)
}

/// What a lookup error means to a caller that shows it: a timeout, or the resolver's words.
pub fn failure_reason(err: &NetError) -> String {
    match err {
        NetError::Timeout => "DNS lookup timed out".to_owned(),
        other => other.to_string(),
    }
}

/// The TXT records at `name` (each one's strings joined, as RFC 7208 §3.3 and RFC 7489 §6.6.3
/// read them); a name that does not exist or has no TXT records has none. `Err` carries why the
/// lookup failed (a timeout, a server failure).
pub async fn txt_records(resolver: &TokioResolver, name: &str) -> Result<Vec<String>, String> {
    let fqdn = format!("{}.", name.trim_end_matches('.'));
    match resolver.txt_lookup(fqdn.as_str()).await {
        Ok(lookup) => Ok(lookup
            .answers()
            .iter()
            .filter_map(|record| match &record.data {
                RData::TXT(txt) => Some(
                    txt.txt_data
                        .iter()
                        .map(|part| String::from_utf8_lossy(part))
                        .collect::<String>(),
                ),
                _ => None,
            })
            .collect()),
        Err(err) if err.is_nx_domain() || err.is_no_records_found() => Ok(Vec::new()),
        Err(err) => Err(failure_reason(&err)),
    }
}
