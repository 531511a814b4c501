//! Postgres access: one small pool per Lambda instance, built at cold start, and migrations.

use std::sync::atomic::Ordering;
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, RecyclingMethod, Runtime};

use crate::config::DatabaseConfig;
use crate::error::ApiError;
use crate::instance;

pub use deadpool_postgres::{GenericClient, Object as Client, Pool, Transaction};
pub use tokio_postgres::error::SqlState;
pub use tokio_postgres::types::{FromSql, Type};
pub use tokio_postgres::{Error, IsolationLevel, Row, SimpleQueryMessage};

mod embedded {
    refinery::embed_migrations!("../migrations");
}

/// Builds the pool without connecting: the first query connects, so a cold start is not slowed
/// by a database round trip and a database outage surfaces as a 503 on that request.
pub fn pool(config: &DatabaseConfig) -> anyhow::Result<Pool> {
    let pg_config: tokio_postgres::Config = config
        .url
        .parse()
        .map_err(|err| anyhow::anyhow!("DATABASE_URL is not a valid Postgres URL: {err}"))?;
    let manager_config = ManagerConfig {
        recycling_method: RecyclingMethod::Fast,
    };
    let manager = if wants_tls(&config.url) {
        Manager::from_config(pg_config, tls_connector(), manager_config)
    } else {
        Manager::from_config(pg_config, tokio_postgres::NoTls, manager_config)
    };
    let pool = Pool::builder(manager)
        .max_size(config.max_connections.max(1))
        .runtime(Runtime::Tokio1)
        .wait_timeout(Some(Duration::from_secs(5)))
        .create_timeout(Some(Duration::from_secs(3)))
        .recycle_timeout(Some(Duration::from_secs(2)))
        .build()?;
    instance::POOLS_BUILT.fetch_add(1, Ordering::Relaxed);
    Ok(pool)
}

/// RDS and RDS Proxy require TLS; the local throwaway cluster does not offer it.
fn wants_tls(url: &str) -> bool {
    url.contains("sslmode=require") || url.contains("sslmode=verify")
}

fn tls_connector() -> tokio_postgres_rustls::MakeRustlsConnect {
    let roots = rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("ring supports the default TLS versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    tokio_postgres_rustls::MakeRustlsConnect::new(config)
}

/// Checks out a connection; failure to get one means the database is down or saturated.
/// Reads every row with `from_row`; the first that does not read is the error.
pub fn read_rows<T>(
    rows: &[Row],
    from_row: impl Fn(&Row) -> Result<T, Error>,
) -> Result<Vec<T>, Error> {
    rows.iter().map(from_row).collect()
}

pub async fn client(pool: &Pool) -> Result<Client, ApiError> {
    pool.get().await.map_err(|err| ApiError::DependencyDown {
        dependency: "database",
        source: err.into(),
    })
}

/// Applies every pending migration in order. Forward-only: refinery refuses a database whose
/// applied migrations diverge from the embedded ones.
pub async fn migrate(pool: &Pool) -> anyhow::Result<Vec<String>> {
    let mut client = pool.get().await?;
    let report = embedded::migrations::runner()
        .set_grouped(false)
        .run_async(&mut **client)
        .await?;
    Ok(report
        .applied_migrations()
        .iter()
        .map(|migration| migration.to_string())
        .collect())
}
