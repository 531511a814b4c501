//! Typed configuration read once from the environment at cold start.
//!
//! Each function reads only the sections it needs, so a worker is not forced to carry settings
//! of an HTTP route family. A missing or malformed setting is a cold-start failure with a message
//! naming the variable; values are never logged because some of them are secrets.

use std::str::FromStr;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("missing required environment variable {0}")]
    Missing(&'static str),
    #[error("environment variable {name} is invalid: {reason}")]
    Invalid { name: &'static str, reason: String },
}

/// Reads a required variable; empty counts as missing because SAM renders unset parameters as "".
pub fn required(name: &'static str) -> Result<String, ConfigError> {
    match std::env::var(name) {
        Ok(value) if !value.trim().is_empty() => Ok(value),
        _ => Err(ConfigError::Missing(name)),
    }
}

pub fn optional(name: &'static str) -> Option<String> {
    std::env::var(name)
        .ok()
        .filter(|value| !value.trim().is_empty())
}

/// Reads an optional variable parsed as `T`, falling back to `default` when unset.
pub fn parsed_or<T>(name: &'static str, default: T) -> Result<T, ConfigError>
where
    T: FromStr,
    T::Err: std::fmt::Display,
{
    match optional(name) {
        None => Ok(default),
        Some(raw) => raw
            .trim()
            .parse()
            .map_err(|err: T::Err| ConfigError::Invalid {
                name,
                reason: err.to_string(),
            }),
    }
}

/// Postgres settings. `DATABASE_URL` carries credentials, so it is never logged.
#[derive(Clone)]
pub struct DatabaseConfig {
    pub url: String,
    /// One Lambda instance serves one request at a time; two connections cover a handler that
    /// holds a transaction while a helper reads, without exhausting RDS at high concurrency.
    pub max_connections: usize,
}

impl DatabaseConfig {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            url: required("DATABASE_URL")?,
            max_connections: parsed_or("DATABASE_MAX_CONNECTIONS", 2)?,
        })
    }
}

impl std::fmt::Debug for DatabaseConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatabaseConfig")
            .field("url", &"<redacted>")
            .field("max_connections", &self.max_connections)
            .finish()
    }
}

/// Per-minute request budgets enforced in DynamoDB.
#[derive(Clone, Debug)]
pub struct RateLimitConfig {
    pub table: String,
    /// Requests per minute for one session or API key.
    pub per_caller_per_minute: u32,
    /// Requests per minute from one source IP, authenticated or not.
    pub per_ip_per_minute: u32,
    /// Magic-link requests per hour for one email address, so nobody can flood an inbox.
    /// `+tag`s do not make a new address (see `api-auth`).
    pub magic_links_per_email_per_hour: u32,
    /// Magic-link requests per hour from one source IP, so one client cannot mail many
    /// addresses (each under its own budget) from our domain.
    pub magic_links_per_ip_per_hour: u32,
}

impl RateLimitConfig {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            table: required("API_TABLE")?,
            per_caller_per_minute: parsed_or("RATE_LIMIT_PER_CALLER_PER_MINUTE", 120)?,
            per_ip_per_minute: parsed_or("RATE_LIMIT_PER_IP_PER_MINUTE", 300)?,
            magic_links_per_email_per_hour: parsed_or(
                "RATE_LIMIT_MAGIC_LINKS_PER_EMAIL_PER_HOUR",
                5,
            )?,
            magic_links_per_ip_per_hour: parsed_or("RATE_LIMIT_MAGIC_LINKS_PER_IP_PER_HOUR", 60)?,
        })
    }
}
