//! Does locally what AWS does between services: SQS and SNS event sources, schedules,
//! and SES event publishing, all invoking functions through `cargo lambda watch`'s
//! Lambda Invoke API.
//!
//! Each source is a loop around one unit of work (`*_once`), so a unit can be driven
//! and observed on its own.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use aws_sdk_sqs::types::{Message, MessageSystemAttributeName};
use chrono::Utc;
use serde_json::Value;
use tokio::sync::Mutex;
use tokio::task::JoinSet;

use crate::aws::Clients;
use crate::lambda_events::{
    batch_item_failures, receive_count, scheduled_event, sns_event, sqs_event,
};
use crate::plan::{Plan, ScheduleSource, SesEventDestination, SnsSource, SqsSource};
use crate::provision::subscription_arn;
use crate::schedule::Schedule;
use crate::ses::{
    Outcome, PublishContext, SentMail, notifications, out_of_office_reply, sent_mail_from_moto,
    simulate,
};

const LONG_POLL_SECONDS: i32 = 10;

#[derive(Debug, Clone)]
pub struct PumpSettings {
    /// `cargo lambda watch`'s address, e.g. `http://127.0.0.1:9000`.
    pub invoke_url: String,
    pub state_file: PathBuf,
    /// How long a record a function reported as failed stays invisible before its retry.
    pub retry_visibility_seconds: i32,
    /// When set, how long a whole batch stays invisible after the invocation failed;
    /// otherwise the queue's own visibility timeout applies, as in AWS.
    pub error_visibility_seconds: Option<i32>,
    /// Schedules run this many times faster than their expression says.
    pub schedule_speedup: f64,
    pub ses_poll_interval: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum InvokeError {
    #[error("the Invoke API at {url} is unreachable: {source}")]
    Unreachable { url: String, source: reqwest::Error },
    #[error("function {function} failed with HTTP {status}: {body}")]
    FunctionError {
        function: String,
        status: u16,
        body: String,
    },
}

#[derive(Clone)]
pub struct Invoker {
    http: reqwest::Client,
    base_url: String,
}

impl Invoker {
    pub fn new(base_url: &str) -> Self {
        Self {
            http: reqwest::Client::new(),
            base_url: base_url.trim_end_matches('/').to_owned(),
        }
    }

    /// Synchronous invocation; a function error is any non-2xx answer, which is how
    /// `cargo lambda watch` reports one.
    #[tracing::instrument(skip(self, payload), fields(function = %function))]
    pub async fn invoke(&self, function: &str, payload: &Value) -> Result<Value, InvokeError> {
        let url = format!(
            "{}/2015-03-31/functions/{function}/invocations",
            self.base_url
        );
        let response = self
            .http
            .post(&url)
            .json(payload)
            .send()
            .await
            .map_err(|source| InvokeError::Unreachable {
                url: url.clone(),
                source,
            })?;
        let status = response.status();
        let body = response
            .text()
            .await
            .map_err(|source| InvokeError::Unreachable {
                url: url.clone(),
                source,
            })?;
        if !status.is_success() {
            return Err(InvokeError::FunctionError {
                function: function.to_owned(),
                status: status.as_u16(),
                body,
            });
        }
        Ok(serde_json::from_str(&body).unwrap_or(Value::String(body)))
    }

    /// Waits until the invoke address accepts connections. A TCP connect, not a
    /// request: any request would reach (and be logged by) a function route.
    pub async fn wait_until_listening(&self) -> anyhow::Result<()> {
        let url = reqwest::Url::parse(&self.base_url)
            .with_context(|| format!("invalid invoke URL {}", self.base_url))?;
        let address = (
            url.host_str().unwrap_or("127.0.0.1").to_owned(),
            url.port_or_known_default().unwrap_or(80),
        );
        let mut announced = false;
        loop {
            if tokio::net::TcpStream::connect(address.clone())
                .await
                .is_ok()
            {
                return Ok(());
            }
            if !announced {
                tracing::info!(url = %self.base_url, "waiting for the Lambda Invoke API");
                announced = true;
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
}

pub async fn run(plan: Plan, clients: Clients, settings: PumpSettings) -> anyhow::Result<()> {
    let invoker = Invoker::new(&settings.invoke_url);
    invoker.wait_until_listening().await?;
    let plan = Arc::new(plan);
    let settings = Arc::new(settings);
    let mut tasks = JoinSet::new();
    for source in plan.sqs_sources()? {
        tracing::info!(function = %source.function, queue = %source.queue_url, "pumping SQS");
        let (clients, invoker, settings) = (clients.clone(), invoker.clone(), settings.clone());
        let region = plan.settings.region.clone();
        tasks.spawn(async move {
            loop {
                if let Err(error) = pump_sqs_once(&source, &region, &clients, &invoker, &settings).await {
                    tracing::error!(error = ?error, function = %source.function, "SQS pump step failed");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        });
    }
    for source in plan.sns_sources()? {
        let subscription = subscription_arn(&clients, &source.topic_arn, &source.queue_arn)
            .await?
            .with_context(|| {
                format!(
                    "{} is not subscribed to {}; run provision first",
                    source.queue_name, source.topic_arn
                )
            })?;
        tracing::info!(function = %source.function, topic = %source.topic_arn, "pumping SNS");
        let (clients, invoker, settings) = (clients.clone(), invoker.clone(), settings.clone());
        tasks.spawn(async move {
            loop {
                if let Err(error) = pump_sns_once(&source, &subscription, &clients, &invoker, &settings).await {
                    tracing::error!(error = ?error, function = %source.function, "SNS pump step failed");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        });
    }
    for source in plan.schedules()? {
        let schedule = Schedule::parse(&source.expression).with_context(|| {
            format!(
                "{}.{} has a bad schedule",
                source.function, source.event_name
            )
        })?;
        tracing::info!(function = %source.function, expression = %source.expression, speedup = settings.schedule_speedup, "scheduling");
        let (invoker, settings, plan) = (invoker.clone(), settings.clone(), plan.clone());
        tasks.spawn(
            async move { run_schedule(&source, &schedule, &plan, &invoker, &settings).await },
        );
    }
    let destinations = plan.ses_event_destinations()?;
    if !destinations.is_empty() {
        let state = Arc::new(Mutex::new(PumpState::load(&settings.state_file)?));
        let (clients, settings, plan) = (clients.clone(), settings.clone(), plan.clone());
        tasks.spawn(async move {
            loop {
                if let Err(error) =
                    publish_ses_events_once(&plan, &destinations, &clients, &state).await
                {
                    tracing::error!(error = ?error, "SES event step failed");
                }
                tokio::time::sleep(settings.ses_poll_interval).await;
            }
        });
    }
    if tasks.is_empty() {
        tracing::warn!(
            "the template has no SQS, SNS, schedule or SES event sources; nothing to pump"
        );
    }
    while let Some(finished) = tasks.join_next().await {
        finished.context("a pump task stopped")?;
    }
    Ok(())
}

/// Receives one batch and hands it to the function, like a Lambda event source mapping.
/// Returns how many records were delivered.
#[tracing::instrument(skip_all, fields(function = %source.function, queue = %source.queue_url))]
pub async fn pump_sqs_once(
    source: &SqsSource,
    region: &str,
    clients: &Clients,
    invoker: &Invoker,
    settings: &PumpSettings,
) -> anyhow::Result<usize> {
    let messages = receive(clients, &source.queue_url, source.batch_size).await?;
    if messages.is_empty() {
        return Ok(0);
    }
    let event = sqs_event(&messages, &source.queue_arn, region);
    match invoker.invoke(&source.function, &event).await {
        Ok(response) => {
            let failed: BTreeSet<String> = if source.report_batch_item_failures {
                batch_item_failures(&response)
                    .unwrap_or_default()
                    .into_iter()
                    .collect()
            } else {
                BTreeSet::new()
            };
            for message in &messages {
                let id = message.message_id().unwrap_or_default();
                if failed.contains(id) {
                    tracing::info!(message_id = %id, receive_count = receive_count(message), "record failed; retrying");
                    set_visibility(
                        clients,
                        &source.queue_url,
                        message,
                        settings.retry_visibility_seconds,
                    )
                    .await?;
                } else {
                    delete(clients, &source.queue_url, message).await?;
                }
            }
            tracing::info!(
                records = messages.len(),
                failed = failed.len(),
                "batch delivered"
            );
        }
        Err(error) => {
            tracing::warn!(error = %error, records = messages.len(), "invocation failed; the batch returns to the queue");
            if let Some(seconds) = settings.error_visibility_seconds {
                for message in &messages {
                    set_visibility(clients, &source.queue_url, message, seconds).await?;
                }
            }
        }
    }
    Ok(messages.len())
}

/// Delivers what SNS put in the function's subscription queue, one notification per
/// invocation as SNS does.
#[tracing::instrument(skip_all, fields(function = %source.function, topic = %source.topic_arn))]
pub async fn pump_sns_once(
    source: &SnsSource,
    subscription_arn: &str,
    clients: &Clients,
    invoker: &Invoker,
    settings: &PumpSettings,
) -> anyhow::Result<usize> {
    let messages = receive(clients, &source.queue_url, 10).await?;
    for message in &messages {
        let envelope: Value = match serde_json::from_str(message.body().unwrap_or_default()) {
            Ok(envelope) => envelope,
            Err(error) => {
                tracing::error!(error = %error, "subscription queue held something that is not an SNS envelope; dropping it");
                delete(clients, &source.queue_url, message).await?;
                continue;
            }
        };
        let event = sns_event(&envelope, subscription_arn);
        match invoker.invoke(&source.function, &event).await {
            Ok(_) => delete(clients, &source.queue_url, message).await?,
            Err(error) if receive_count(message) >= source.delivery_attempts => {
                match &source.dead_letter_queue_url {
                    Some(dead_letter_queue_url) => {
                        tracing::error!(error = %error, sns_message_id = %envelope["MessageId"], dead_letter_queue = %dead_letter_queue_url, "notification failed on every attempt; moving it to the function's dead-letter queue");
                        send_to_dead_letter_queue(clients, dead_letter_queue_url, &event, &error)
                            .await?;
                    }
                    None => {
                        tracing::error!(error = %error, sns_message_id = %envelope["MessageId"], "notification failed on every attempt; discarding it as Lambda does")
                    }
                }
                delete(clients, &source.queue_url, message).await?;
            }
            Err(error) => {
                tracing::warn!(error = %error, sns_message_id = %envelope["MessageId"], "notification failed; retrying");
                set_visibility(
                    clients,
                    &source.queue_url,
                    message,
                    settings.retry_visibility_seconds,
                )
                .await?;
            }
        }
    }
    Ok(messages.len())
}

/// What Lambda puts on a function's dead-letter queue: the event, with the error as
/// message attributes.
async fn send_to_dead_letter_queue(
    clients: &Clients,
    queue_url: &str,
    event: &Value,
    error: &InvokeError,
) -> anyhow::Result<()> {
    let attribute = |value: String| {
        aws_sdk_sqs::types::MessageAttributeValue::builder()
            .data_type("String")
            .string_value(value)
            .build()
    };
    let (code, message) = match error {
        InvokeError::FunctionError { status, body, .. } => (status.to_string(), body.clone()),
        InvokeError::Unreachable { .. } => ("Unreachable".to_owned(), error.to_string()),
    };
    clients
        .sqs
        .send_message()
        .queue_url(queue_url)
        .message_body(event.to_string())
        .message_attributes("ErrorCode", attribute(code)?)
        .message_attributes(
            "ErrorMessage",
            attribute(message.chars().take(1000).collect())?,
        )
        .message_attributes("RequestID", attribute(uuid::Uuid::new_v4().to_string())?)
        .send()
        .await
        .with_context(|| format!("Failed to send to the dead-letter queue {queue_url}"))?;
    Ok(())
}

async fn receive(
    clients: &Clients,
    queue_url: &str,
    batch_size: u32,
) -> anyhow::Result<Vec<Message>> {
    let output = clients
        .sqs
        .receive_message()
        .queue_url(queue_url)
        .max_number_of_messages(i32::try_from(batch_size.clamp(1, 10)).unwrap_or(10))
        .wait_time_seconds(LONG_POLL_SECONDS)
        .message_system_attribute_names(MessageSystemAttributeName::All)
        .message_attribute_names("All")
        .send()
        .await
        .with_context(|| format!("Failed to receive from {queue_url}"))?;
    Ok(output.messages.unwrap_or_default())
}

async fn delete(clients: &Clients, queue_url: &str, message: &Message) -> anyhow::Result<()> {
    clients
        .sqs
        .delete_message()
        .queue_url(queue_url)
        .receipt_handle(message.receipt_handle().unwrap_or_default())
        .send()
        .await
        .with_context(|| format!("Failed to delete a message from {queue_url}"))?;
    Ok(())
}

async fn set_visibility(
    clients: &Clients,
    queue_url: &str,
    message: &Message,
    seconds: i32,
) -> anyhow::Result<()> {
    clients
        .sqs
        .change_message_visibility()
        .queue_url(queue_url)
        .receipt_handle(message.receipt_handle().unwrap_or_default())
        .visibility_timeout(seconds)
        .send()
        .await
        .with_context(|| format!("Failed to change a message's visibility on {queue_url}"))?;
    Ok(())
}

/// Fires a schedule forever on a clock that runs `schedule_speedup` times faster than
/// real time, so a `rate(1 minute)` job can run every few seconds locally.
async fn run_schedule(
    source: &ScheduleSource,
    schedule: &Schedule,
    plan: &Plan,
    invoker: &Invoker,
    settings: &PumpSettings,
) {
    let speedup = settings.schedule_speedup.max(f64::MIN_POSITIVE);
    let origin = Utc::now();
    let started = Instant::now();
    let scaled_now = || {
        origin + chrono::Duration::from_std(started.elapsed().mul_f64(speedup)).unwrap_or_default()
    };
    loop {
        let now = scaled_now();
        let Some(next) = schedule.next_after(now) else {
            tracing::info!(function = %source.function, event = %source.event_name, "schedule never fires again");
            return;
        };
        let wait = (next - now).to_std().unwrap_or_default().div_f64(speedup);
        tokio::time::sleep(wait).await;
        let payload = match &source.input {
            Some(input) => {
                serde_json::from_str(input).unwrap_or_else(|_| Value::String(input.clone()))
            }
            None => scheduled_event(
                &source.rule_arn,
                Utc::now(),
                &plan.settings.region,
                &plan.settings.account_id,
            ),
        };
        match invoker.invoke(&source.function, &payload).await {
            Ok(_) => {
                tracing::info!(function = %source.function, event = %source.event_name, "schedule fired")
            }
            Err(error) => {
                tracing::warn!(error = %error, function = %source.function, event = %source.event_name, "scheduled invocation failed")
            }
        }
    }
}

/// What the pump remembers across restarts.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct PumpState {
    pub handled_ses_messages: BTreeSet<String>,
    #[serde(skip)]
    path: PathBuf,
}

impl PumpState {
    pub fn load(path: &std::path::Path) -> anyhow::Result<Self> {
        let mut state: Self = match std::fs::read_to_string(path) {
            Ok(text) => serde_json::from_str(&text)
                .with_context(|| format!("Failed to parse pump state {}", path.display()))?,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Self::default(),
            Err(error) => {
                return Err(error)
                    .with_context(|| format!("Failed to read pump state {}", path.display()));
            }
        };
        state.path = path.to_owned();
        Ok(state)
    }

    fn save(&self) -> anyhow::Result<()> {
        let partial = self.path.with_extension("partial");
        std::fs::write(&partial, serde_json::to_vec_pretty(self)?)
            .with_context(|| format!("Failed to write {}", partial.display()))?;
        std::fs::rename(&partial, &self.path)
            .with_context(|| format!("Failed to write {}", self.path.display()))
    }
}

/// The configuration set SES would have applied: the raw message's header, else the
/// template's only configuration set with an event destination (moto drops the API's
/// `ConfigurationSetName`).
fn configuration_set_for<'a>(
    mail: &SentMail,
    destinations: &'a [SesEventDestination],
) -> Option<&'a SesEventDestination> {
    match mail.configuration_set_header() {
        Some(name) => destinations
            .iter()
            .find(|destination| destination.configuration_set == name),
        None => {
            let first = destinations.first()?;
            destinations
                .iter()
                .all(|destination| destination.configuration_set == first.configuration_set)
                .then_some(first)
        }
    }
}

/// Publishes the SES events of every message moto accepted since the last call.
pub async fn publish_ses_events_once(
    plan: &Plan,
    destinations: &[SesEventDestination],
    clients: &Clients,
    state: &Mutex<PumpState>,
) -> anyhow::Result<usize> {
    let url = format!(
        "{}/moto-api/data.json",
        plan.settings.endpoint.trim_end_matches('/')
    );
    let data: Value = reqwest::get(&url)
        .await
        .and_then(reqwest::Response::error_for_status)
        .with_context(|| format!("Failed to read {url}"))?
        .json()
        .await
        .with_context(|| format!("Failed to parse {url}"))?;
    let inbound_stores = plan.inbound_mail_stores()?;
    let mut state = state.lock().await;
    let mut published = 0;
    for mail in sent_mail_from_moto(&data) {
        if state.handled_ses_messages.contains(&mail.id) {
            continue;
        }
        // The simulator's ooto@ mailbox answers; the answer arrives as SES's receipt rule
        // would store it, and the bucket's notification takes it from there.
        for recipient in &mail.destinations {
            if simulate(recipient) != Outcome::OutOfOffice {
                continue;
            }
            let Some(reply) =
                out_of_office_reply(&mail, recipient, &plan.settings.region, Utc::now())
            else {
                continue;
            };
            for (bucket, prefix) in &inbound_stores {
                let key = format!("{prefix}ooto-{}", mail.id);
                clients
                    .s3
                    .put_object()
                    .bucket(bucket)
                    .key(&key)
                    .body(reply.clone().into_bytes().into())
                    .send()
                    .await
                    .with_context(|| {
                        format!("Failed to store the out-of-office reply in {bucket}")
                    })?;
                tracing::info!(message_id = %mail.id, %bucket, %key, "simulator out-of-office reply stored");
            }
        }
        match configuration_set_for(&mail, destinations) {
            None => {
                tracing::info!(message_id = %mail.id, "no configuration set with an event destination; SES would publish nothing")
            }
            Some(destination) => {
                let context = PublishContext {
                    configuration_set: destination.configuration_set.clone(),
                    account_id: plan.settings.account_id.clone(),
                    region: plan.settings.region.clone(),
                    now: Utc::now(),
                };
                for notification in notifications(&mail, &context) {
                    let event_type = notification["eventType"]
                        .as_str()
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    if !destination.event_types.is_empty()
                        && !destination.event_types.contains(&event_type)
                    {
                        continue;
                    }
                    clients
                        .sns
                        .publish()
                        .topic_arn(&destination.topic_arn)
                        .message(notification.to_string())
                        .send()
                        .await
                        .with_context(|| {
                            format!(
                                "Failed to publish an SES {event_type} event to {}",
                                destination.topic_arn
                            )
                        })?;
                    published += 1;
                    tracing::info!(message_id = %mail.id, %event_type, recipients = ?mail.destinations, "SES event published");
                }
            }
        }
        state.handled_ses_messages.insert(mail.id.clone());
        state.save()?;
    }
    Ok(published)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn destination(name: &str) -> SesEventDestination {
        SesEventDestination {
            configuration_set: name.into(),
            topic_arn: format!("arn:{name}"),
            event_types: vec![],
        }
    }

    fn mail(headers: Vec<(String, String)>) -> SentMail {
        SentMail {
            id: "m".into(),
            source: "a@b.test".into(),
            destinations: vec![],
            headers,
        }
    }

    #[test]
    fn configuration_set_header_wins_and_a_single_set_is_the_fallback() {
        let one = [destination("main")];
        assert_eq!(configuration_set_for(&mail(vec![]), &one), Some(&one[0]));
        let tagged = mail(vec![("X-SES-CONFIGURATION-SET".into(), "other".into())]);
        assert_eq!(configuration_set_for(&tagged, &one), None);
        let two = [destination("main"), destination("other")];
        assert_eq!(configuration_set_for(&tagged, &two), Some(&two[1]));
        assert_eq!(
            configuration_set_for(&mail(vec![]), &two),
            None,
            "ambiguous without the header"
        );
    }

    #[test]
    fn pump_state_survives_a_restart() {
        let path = std::env::temp_dir().join(format!("pump-state-{}.json", uuid::Uuid::new_v4()));
        let mut state = PumpState::load(&path).unwrap();
        state.handled_ses_messages.insert("m-1".into());
        state.save().unwrap();
        let reloaded = PumpState::load(&path).unwrap();
        assert!(reloaded.handled_ses_messages.contains("m-1"));
        std::fs::remove_file(&path).unwrap();
    }
}
