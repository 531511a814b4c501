//! `local-stack`: provisions the AWS emulator from `template.yaml` and pumps events
//! between services the way AWS would. See `scripts/run-local.sh`.

mod aws;
mod gateway;
mod lambda_events;
mod plan;
mod provision;
mod pump;
mod schedule;
mod ses;
mod template;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use crate::aws::Clients;
use crate::plan::{LocalSettings, Plan};
use crate::template::Template;

#[derive(Parser)]
#[command(about = "Local AWS wiring for RoleFerry, driven by template.yaml")]
struct Cli {
    #[arg(long, global = true, default_value = "template.yaml")]
    template: PathBuf,
    /// The AWS emulator (moto).
    #[arg(
        long,
        global = true,
        env = "AWS_ENDPOINT_URL",
        default_value = "http://127.0.0.1:4566"
    )]
    endpoint: String,
    #[arg(long, global = true, env = "AWS_REGION", default_value = "us-east-1")]
    region: String,
    /// moto's default account.
    #[arg(long, global = true, default_value = "123456789012")]
    account_id: String,
    /// Prefix of generated resource names.
    #[arg(long, global = true, default_value = "roleferry-local")]
    stack_name: String,
    /// Template parameter override, `Name=Value`; repeatable.
    #[arg(long = "parameter", global = true, value_parser = key_value)]
    parameters: Vec<(String, String)>,
    /// Where `cargo lambda watch` serves the API and the Lambda Invoke API.
    #[arg(
        long,
        global = true,
        env = "LOCAL_API_BASE_URL",
        default_value = "http://127.0.0.1:9000"
    )]
    api_base_url: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create every queue, bucket, table, topic and SES resource, then write the
    /// functions' environment file.
    Provision {
        #[arg(long)]
        env_out: PathBuf,
        /// Local value added to the environment file, `KEY=VALUE`; wins over the template.
        #[arg(long = "set", value_parser = key_value)]
        local_values: Vec<(String, String)>,
        /// Extra SES identity (domain or address) to verify locally; repeatable.
        #[arg(long = "ses-identity")]
        ses_identities: Vec<String>,
    },
    /// Deliver SQS, SNS, schedule and SES events to the functions until stopped.
    Pump {
        /// Remembers which sent messages already had their SES events published.
        #[arg(long)]
        state_file: PathBuf,
        #[arg(long, env = "LOCAL_SQS_RETRY_VISIBILITY_SECONDS", default_value_t = 1)]
        retry_visibility_seconds: i32,
        /// Unset: a failed invocation's batch waits out the queue's visibility timeout.
        #[arg(long, env = "LOCAL_SQS_ERROR_VISIBILITY_SECONDS")]
        error_visibility_seconds: Option<i32>,
        #[arg(long, env = "LOCAL_SCHEDULE_SPEEDUP", default_value_t = 1.0)]
        schedule_speedup: f64,
        #[arg(long, default_value_t = 1000)]
        ses_poll_millis: u64,
    },
    /// Publish a file's content to an SNS topic (logical id or ARN), e.g. to deliver
    /// the same SES notification twice.
    SnsPublish {
        #[arg(long)]
        topic: String,
        #[arg(long)]
        message_file: PathBuf,
        #[arg(long, default_value_t = 1)]
        times: u32,
    },
    /// Serve the HTTP API as API Gateway does, invoking the functions through
    /// `cargo lambda watch`'s Lambda Invoke API.
    Gateway {
        #[arg(long, default_value = "127.0.0.1:9000")]
        listen: std::net::SocketAddr,
        /// Where `cargo lambda watch` serves the Lambda Invoke API.
        #[arg(long)]
        functions_url: String,
    },
    /// A UDP socket that reads DNS queries and never answers, for resolver timeouts.
    DnsBlackhole {
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        #[arg(long)]
        port: u16,
    },
}

fn key_value(text: &str) -> Result<(String, String), String> {
    text.split_once('=')
        .map(|(key, value)| (key.to_owned(), value.to_owned()))
        .filter(|(key, _)| !key.is_empty())
        .ok_or_else(|| format!("expected KEY=VALUE, got {text:?}"))
}

impl Cli {
    fn plan(&self) -> anyhow::Result<Plan> {
        let template = Template::load(&self.template)?;
        let settings = LocalSettings {
            endpoint: self.endpoint.clone(),
            region: self.region.clone(),
            account_id: self.account_id.clone(),
            stack_name: self.stack_name.clone(),
            parameters: self.parameters.iter().cloned().collect(),
            api_base_url: self.api_base_url.clone(),
        };
        Plan::new(template, settings)
            .with_context(|| format!("Failed to plan {}", self.template.display()))
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("LOCAL_STACK_LOG").unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    match &cli.command {
        Command::Provision {
            env_out,
            local_values,
            ses_identities,
        } => {
            let plan = cli.plan()?;
            let clients = Clients::new(&cli.endpoint, &cli.region).await;
            provision::provision(&plan, &clients, ses_identities).await?;
            let local_values: BTreeMap<String, String> = local_values.iter().cloned().collect();
            let environment = provision::environment(&plan, &local_values)?;
            provision::write_env_file(env_out, &environment)?;
            tracing::info!(env_file = %env_out.display(), variables = environment.len(), "provisioned");
        }
        Command::Pump {
            state_file,
            retry_visibility_seconds,
            error_visibility_seconds,
            schedule_speedup,
            ses_poll_millis,
        } => {
            let plan = cli.plan()?;
            let clients = Clients::new(&cli.endpoint, &cli.region).await;
            let settings = pump::PumpSettings {
                invoke_url: cli.api_base_url.clone(),
                state_file: state_file.clone(),
                retry_visibility_seconds: *retry_visibility_seconds,
                error_visibility_seconds: *error_visibility_seconds,
                schedule_speedup: *schedule_speedup,
                ses_poll_interval: Duration::from_millis(*ses_poll_millis),
            };
            tokio::select! {
                result = pump::run(plan, clients, settings) => result?,
                _ = shutdown_signal() => tracing::info!("pump stopped"),
            }
        }
        Command::Gateway {
            listen,
            functions_url,
        } => {
            let template = Template::load(&cli.template)?;
            let routes = gateway::Routes::from_template(&template)?;
            let gateway =
                gateway::Gateway::new(routes, functions_url.clone(), cli.account_id.clone());
            tokio::select! {
                result = gateway::serve(gateway, *listen) => result?,
                _ = shutdown_signal() => tracing::info!("gateway stopped"),
            }
        }
        Command::SnsPublish {
            topic,
            message_file,
            times,
        } => {
            let plan = cli.plan()?;
            let topic_arn = if topic.starts_with("arn:") {
                topic.clone()
            } else {
                plan.physical(topic)
                    .with_context(|| {
                        format!("no resource `{topic}` in {}", cli.template.display())
                    })?
                    .reference
                    .clone()
            };
            let message = std::fs::read_to_string(message_file)
                .with_context(|| format!("Failed to read {}", message_file.display()))?;
            let clients = Clients::new(&cli.endpoint, &cli.region).await;
            for _ in 0..*times {
                let output = clients
                    .sns
                    .publish()
                    .topic_arn(&topic_arn)
                    .message(&message)
                    .send()
                    .await
                    .with_context(|| format!("Failed to publish to {topic_arn}"))?;
                println!("{}", output.message_id().unwrap_or_default());
            }
        }
        Command::DnsBlackhole { host, port } => dns_blackhole(host, *port).await?,
    }
    Ok(())
}

async fn dns_blackhole(host: &str, port: u16) -> anyhow::Result<()> {
    let socket = tokio::net::UdpSocket::bind((host, port))
        .await
        .with_context(|| format!("Failed to bind UDP {host}:{port}"))?;
    tracing::info!(%host, port, "DNS blackhole listening; it never answers");
    let mut buffer = [0_u8; 4096];
    loop {
        tokio::select! {
            received = socket.recv_from(&mut buffer) => {
                let (length, peer) = received.context("Failed to read from the blackhole socket")?;
                tracing::debug!(%peer, bytes = length, "swallowed a DNS query");
            }
            _ = shutdown_signal() => return Ok(()),
        }
    }
}

async fn shutdown_signal() {
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .expect("installing a SIGTERM handler only fails outside a Tokio runtime");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate.recv() => {}
    }
}
