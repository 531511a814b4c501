//! Common building blocks for every RoleFerry function: configuration, Postgres, AWS clients,
//! authentication, rate limits, problem documents and pagination.

pub mod api;
pub mod audit;
pub mod auth;
pub mod aws;
pub mod config;
pub mod db;
pub mod dns;
pub mod email;
pub mod error;
pub mod fields;
pub mod http;
pub mod idempotency;
pub mod instance;
pub mod json;
pub mod mail;
pub mod number;
pub mod openapi;
pub mod pagination;
pub mod plan;
mod queries;
pub mod ratelimit;
pub mod s3_event;
pub mod telemetry;
pub mod text;
pub mod upload;
pub mod web;
pub mod worker;

pub use error::{ApiError, Context, FieldError};
