//! verify-worker
