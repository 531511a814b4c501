//! Per-instance counters that make "built once per cold start" observable.

use std::sync::atomic::AtomicUsize;

/// Postgres pools built by this process.
pub static POOLS_BUILT: AtomicUsize = AtomicUsize::new(0);
/// AWS SDK configurations loaded by this process (every client is built from one of them).
pub static AWS_CONFIGS_LOADED: AtomicUsize = AtomicUsize::new(0);
/// Invocations handled by this process.
pub static INVOCATIONS: AtomicUsize = AtomicUsize::new(0);
