//! Structured JSON logs via tracing, set up once per process.

use tracing_subscriber::EnvFilter;

/// JSON lines to stdout (CloudWatch picks them up), filtered by `RUST_LOG` (default `info`).
/// Span fields such as `request_id` and `message_id` appear on every event inside the span.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // A second call (tests set it up per test binary) keeps the first subscriber.
    let _ = tracing_subscriber::fmt()
        .json()
        .with_env_filter(filter)
        .with_current_span(true)
        .with_span_list(false)
        .flatten_event(true)
        .with_target(false)
        .try_init();
}
