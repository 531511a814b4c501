//! Creates the template's resources on the AWS emulator and writes the functions'
//! environment. Every step tolerates the resource already existing, so provisioning
//! a stack twice is harmless.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, bail};
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, GlobalSecondaryIndex, KeySchemaElement, KeyType, Projection,
    ProjectionType, ProvisionedThroughput, ScalarAttributeType, TimeToLiveSpecification,
};
use aws_sdk_s3::types::{
    Event, FilterRule, FilterRuleName, NotificationConfiguration, NotificationConfigurationFilter,
    QueueConfiguration, S3KeyFilter,
};
use aws_sdk_sesv2::types::{DkimSigningAttributes, DkimSigningKeyLength};
use aws_sdk_sqs::types::QueueAttributeName;
use serde_json::{Map, Value};

use crate::aws::{Clients, has_error_code};
use crate::plan::Plan;
use crate::template::{
    DYNAMODB_TABLE, Resource, S3_BUCKET, SES_CONFIGURATION_SET, SES_EMAIL_IDENTITY, SNS_TOPIC,
    SQS_QUEUE,
};

/// Queue properties that map one-to-one onto SQS queue attributes.
const QUEUE_ATTRIBUTES: [(&str, QueueAttributeName); 6] = [
    ("VisibilityTimeout", QueueAttributeName::VisibilityTimeout),
    (
        "MessageRetentionPeriod",
        QueueAttributeName::MessageRetentionPeriod,
    ),
    ("DelaySeconds", QueueAttributeName::DelaySeconds),
    ("MaximumMessageSize", QueueAttributeName::MaximumMessageSize),
    (
        "ReceiveMessageWaitTimeSeconds",
        QueueAttributeName::ReceiveMessageWaitTimeSeconds,
    ),
    (
        "ContentBasedDeduplication",
        QueueAttributeName::ContentBasedDeduplication,
    ),
];

#[tracing::instrument(skip_all)]
pub async fn provision(
    plan: &Plan,
    clients: &Clients,
    extra_identities: &[String],
) -> anyhow::Result<()> {
    create_topics(plan, clients).await?;
    create_queues(plan, clients).await?;
    create_buckets(plan, clients).await?;
    create_tables(plan, clients).await?;
    create_ses_resources(plan, clients, extra_identities).await?;
    subscribe_sns_sources(plan, clients).await?;
    Ok(())
}

fn name_of(plan: &Plan, logical_id: &str) -> String {
    plan.physical(logical_id)
        .map(|physical| physical.reference.clone())
        .unwrap_or_default()
}

async fn create_topics(plan: &Plan, clients: &Clients) -> anyhow::Result<()> {
    for (logical_id, _) in plan.template.resources_of(&[SNS_TOPIC]) {
        let physical = plan
            .physical(logical_id)
            .context("topic without a local name")?;
        let name = &physical.attributes["TopicName"];
        clients
            .sns
            .create_topic()
            .name(name)
            .send()
            .await
            .with_context(|| format!("Failed to create SNS topic {name} ({logical_id})"))?;
        tracing::info!(%logical_id, topic_arn = %physical.reference, "topic ready");
    }
    Ok(())
}

async fn create_queues(plan: &Plan, clients: &Clients) -> anyhow::Result<()> {
    let queues: Vec<(&String, &Resource)> = plan.template.resources_of(&[SQS_QUEUE]).collect();
    // Every queue exists before any redrive policy names one as its dead-letter queue.
    for (logical_id, resource) in &queues {
        let physical = plan
            .physical(logical_id)
            .context("queue without a local name")?;
        let name = &physical.attributes["QueueName"];
        let mut request = clients.sqs.create_queue().queue_name(name);
        if resource.properties.get("FifoQueue") == Some(&Value::Bool(true)) {
            request = request.attributes(QueueAttributeName::FifoQueue, "true");
        }
        request
            .send()
            .await
            .with_context(|| format!("Failed to create SQS queue {name} ({logical_id})"))?;
    }
    for (logical_id, resource) in &queues {
        let url = name_of(plan, logical_id);
        let mut attributes = BTreeMap::new();
        for (property, attribute) in QUEUE_ATTRIBUTES {
            if let Some(value) = resource.properties.get(property) {
                attributes.insert(
                    attribute,
                    resolve_scalar(plan, logical_id, property, value)?,
                );
            }
        }
        if let Some(redrive) = resource.properties.get("RedrivePolicy") {
            let redrive = plan
                .resolve(redrive)
                .with_context(|| format!("Failed to resolve {logical_id}.RedrivePolicy"))?;
            attributes.insert(QueueAttributeName::RedrivePolicy, redrive.to_string());
        }
        if attributes.is_empty() {
            continue;
        }
        let mut request = clients.sqs.set_queue_attributes().queue_url(&url);
        for (attribute, value) in attributes {
            request = request.attributes(attribute, value);
        }
        request
            .send()
            .await
            .with_context(|| format!("Failed to set attributes of SQS queue {logical_id}"))?;
        tracing::info!(%logical_id, queue_url = %url, "queue ready");
    }
    Ok(())
}

fn resolve_scalar(
    plan: &Plan,
    logical_id: &str,
    property: &str,
    value: &Value,
) -> anyhow::Result<String> {
    plan.resolve_string(value)
        .with_context(|| format!("Failed to resolve {logical_id}.{property}"))
}

async fn create_buckets(plan: &Plan, clients: &Clients) -> anyhow::Result<()> {
    for (logical_id, resource) in plan.template.resources_of(&[S3_BUCKET]) {
        let name = name_of(plan, logical_id);
        match clients.s3.create_bucket().bucket(&name).send().await {
            Ok(_) => {}
            Err(error)
                if has_error_code(&error, &["BucketAlreadyOwnedByYou", "BucketAlreadyExists"]) => {}
            Err(error) => {
                return Err(error)
                    .with_context(|| format!("Failed to create S3 bucket {name} ({logical_id})"));
            }
        }
        let notifications = bucket_notifications(plan, logical_id, resource)?;
        if !notifications.is_empty() {
            clients
                .s3
                .put_bucket_notification_configuration()
                .bucket(&name)
                .notification_configuration(
                    NotificationConfiguration::builder()
                        .set_queue_configurations(Some(notifications))
                        .build(),
                )
                .send()
                .await
                .with_context(|| format!("Failed to configure notifications of bucket {name}"))?;
        }
        tracing::info!(%logical_id, bucket = %name, "bucket ready");
    }
    Ok(())
}

fn bucket_notifications(
    plan: &Plan,
    logical_id: &str,
    resource: &Resource,
) -> anyhow::Result<Vec<QueueConfiguration>> {
    let Some(configurations) = resource
        .properties
        .get("NotificationConfiguration")
        .and_then(|configuration| configuration.get("QueueConfigurations"))
    else {
        return Ok(Vec::new());
    };
    let configurations = plan
        .resolve(configurations)
        .with_context(|| format!("Failed to resolve {logical_id}.NotificationConfiguration"))?;
    let Value::Array(configurations) = configurations else {
        bail!("{logical_id}.NotificationConfiguration.QueueConfigurations is not a list");
    };
    configurations
        .iter()
        .map(|configuration| {
            let queue_arn = configuration["Queue"]
                .as_str()
                .with_context(|| format!("{logical_id}: a queue configuration has no Queue"))?;
            let event = configuration["Event"]
                .as_str()
                .with_context(|| format!("{logical_id}: a queue configuration has no Event"))?;
            let rules: Vec<FilterRule> = configuration
                .pointer("/Filter/S3Key/Rules")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|rule| {
                    FilterRule::builder()
                        .name(FilterRuleName::from(
                            rule["Name"]
                                .as_str()
                                .unwrap_or_default()
                                .to_ascii_lowercase()
                                .as_str(),
                        ))
                        .value(rule["Value"].as_str().unwrap_or_default())
                        .build()
                })
                .collect();
            let mut builder = QueueConfiguration::builder()
                .queue_arn(queue_arn)
                .events(Event::from(event));
            if !rules.is_empty() {
                builder = builder.filter(
                    NotificationConfigurationFilter::builder()
                        .key(S3KeyFilter::builder().set_filter_rules(Some(rules)).build())
                        .build(),
                );
            }
            builder
                .build()
                .context("Failed to build an S3 queue configuration")
        })
        .collect()
}

async fn create_tables(plan: &Plan, clients: &Clients) -> anyhow::Result<()> {
    for (logical_id, resource) in plan.template.resources_of(&[DYNAMODB_TABLE]) {
        let name = name_of(plan, logical_id);
        let resolved = plan
            .resolve(&Value::Object(resource.properties.clone()))
            .with_context(|| format!("Failed to resolve {logical_id}.Properties"))?;
        let Value::Object(properties) = resolved else {
            bail!("{logical_id}.Properties did not resolve to a mapping");
        };
        let request = clients
            .dynamodb
            .create_table()
            .table_name(&name)
            .set_attribute_definitions(Some(attribute_definitions(&properties)?))
            .set_key_schema(Some(key_schema(properties.get("KeySchema"))?));
        let request = match properties.get("BillingMode").and_then(Value::as_str) {
            Some("PAY_PER_REQUEST") | None if properties.get("ProvisionedThroughput").is_none() => {
                request.billing_mode(BillingMode::PayPerRequest)
            }
            _ => {
                request.provisioned_throughput(throughput(properties.get("ProvisionedThroughput"))?)
            }
        };
        let indexes = properties
            .get("GlobalSecondaryIndexes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(global_secondary_index)
            .collect::<anyhow::Result<Vec<_>>>()?;
        let request = if indexes.is_empty() {
            request
        } else {
            request.set_global_secondary_indexes(Some(indexes))
        };
        match request.send().await {
            Ok(_) => {}
            Err(error) if has_error_code(&error, &["ResourceInUseException"]) => {}
            Err(error) => {
                return Err(error)
                    .with_context(|| format!("Failed to create DynamoDB table {name}"));
            }
        }
        if let Some(ttl) = properties.get("TimeToLiveSpecification")
            && ttl.get("Enabled").and_then(Value::as_bool) == Some(true)
        {
            let attribute = ttl["AttributeName"].as_str().with_context(|| {
                format!("{logical_id}.TimeToLiveSpecification has no AttributeName")
            })?;
            let result = clients
                .dynamodb
                .update_time_to_live()
                .table_name(&name)
                .time_to_live_specification(
                    TimeToLiveSpecification::builder()
                        .attribute_name(attribute)
                        .enabled(true)
                        .build()?,
                )
                .send()
                .await;
            match result {
                Ok(_) => {}
                // Enabling TTL twice is refused; it is already what we want.
                Err(error) if has_error_code(&error, &["ValidationException"]) => {}
                Err(error) => {
                    return Err(error).with_context(|| format!("Failed to enable TTL on {name}"));
                }
            }
        }
        tracing::info!(%logical_id, table = %name, "table ready");
    }
    Ok(())
}

fn attribute_definitions(
    properties: &Map<String, Value>,
) -> anyhow::Result<Vec<AttributeDefinition>> {
    properties
        .get("AttributeDefinitions")
        .and_then(Value::as_array)
        .context("table has no AttributeDefinitions list")?
        .iter()
        .map(|definition| {
            Ok(AttributeDefinition::builder()
                .attribute_name(definition["AttributeName"].as_str().unwrap_or_default())
                .attribute_type(ScalarAttributeType::from(
                    definition["AttributeType"].as_str().unwrap_or_default(),
                ))
                .build()?)
        })
        .collect()
}

fn key_schema(schema: Option<&Value>) -> anyhow::Result<Vec<KeySchemaElement>> {
    schema
        .and_then(Value::as_array)
        .context("KeySchema is not a list")?
        .iter()
        .map(|key| {
            Ok(KeySchemaElement::builder()
                .attribute_name(key["AttributeName"].as_str().unwrap_or_default())
                .key_type(KeyType::from(key["KeyType"].as_str().unwrap_or_default()))
                .build()?)
        })
        .collect()
}

fn throughput(value: Option<&Value>) -> anyhow::Result<ProvisionedThroughput> {
    let units = |key: &str| -> i64 {
        value
            .and_then(|throughput| throughput.get(key))
            .and_then(|units| units.as_i64().or_else(|| units.as_str()?.parse().ok()))
            .unwrap_or(5)
    };
    Ok(ProvisionedThroughput::builder()
        .read_capacity_units(units("ReadCapacityUnits"))
        .write_capacity_units(units("WriteCapacityUnits"))
        .build()?)
}

fn global_secondary_index(index: &Value) -> anyhow::Result<GlobalSecondaryIndex> {
    let projection = &index["Projection"];
    let mut builder = GlobalSecondaryIndex::builder()
        .index_name(
            index["IndexName"]
                .as_str()
                .context("index has no IndexName")?,
        )
        .set_key_schema(Some(key_schema(index.get("KeySchema"))?))
        .projection(
            Projection::builder()
                .projection_type(ProjectionType::from(
                    projection["ProjectionType"].as_str().unwrap_or("ALL"),
                ))
                .set_non_key_attributes(projection["NonKeyAttributes"].as_array().map(
                    |attributes| {
                        attributes
                            .iter()
                            .filter_map(Value::as_str)
                            .map(str::to_owned)
                            .collect()
                    },
                ))
                .build(),
        );
    if index.get("ProvisionedThroughput").is_some() {
        builder = builder.provisioned_throughput(throughput(index.get("ProvisionedThroughput"))?);
    }
    Ok(builder.build()?)
}

async fn create_ses_resources(
    plan: &Plan,
    clients: &Clients,
    extra_identities: &[String],
) -> anyhow::Result<()> {
    let identities = plan
        .template
        .resources_of(&SES_EMAIL_IDENTITY)
        .map(|(logical_id, _)| name_of(plan, logical_id))
        .chain(extra_identities.iter().cloned());
    for identity in identities {
        let mut create = clients
            .sesv2
            .create_email_identity()
            .email_identity(&identity);
        // A domain gets Easy DKIM with 2048-bit keys, as api-sending creates a sender's domain
        // (SES starts Easy DKIM for a new domain either way). The emulator reports Easy DKIM
        // `NOT_STARTED` unless asked with signing attributes, and `SUCCESS` at once when asked:
        // that is how the local sender domains pass DMARC (README, Known emulator limits).
        if !identity.contains('@') {
            create = create.dkim_signing_attributes(
                DkimSigningAttributes::builder()
                    .next_signing_key_length(DkimSigningKeyLength::Rsa2048Bit)
                    .build(),
            );
        }
        match create.send().await {
            Ok(_) => {}
            Err(error) if has_error_code(&error, &["AlreadyExistsException"]) => {}
            Err(error) => {
                return Err(error)
                    .with_context(|| format!("Failed to create SES identity {identity}"));
            }
        }
        tracing::info!(%identity, "SES identity ready");
    }
    for (logical_id, _) in plan.template.resources_of(&SES_CONFIGURATION_SET) {
        let name = name_of(plan, logical_id);
        match clients
            .sesv2
            .create_configuration_set()
            .configuration_set_name(&name)
            .send()
            .await
        {
            Ok(_) => {}
            Err(error)
                if has_error_code(
                    &error,
                    &[
                        "AlreadyExistsException",
                        "ConfigurationSetAlreadyExistsException",
                    ],
                ) => {}
            Err(error) => {
                return Err(error)
                    .with_context(|| format!("Failed to create configuration set {name}"));
            }
        }
        tracing::info!(%logical_id, configuration_set = %name, "SES configuration set ready");
    }
    // moto has no CreateConfigurationSetEventDestination; the pump reads the event
    // destinations from the template instead.
    for destination in plan.ses_event_destinations()? {
        tracing::info!(
            configuration_set = %destination.configuration_set,
            topic_arn = %destination.topic_arn,
            event_types = ?destination.event_types,
            "SES event destination emulated by the pump"
        );
    }
    Ok(())
}

async fn subscribe_sns_sources(plan: &Plan, clients: &Clients) -> anyhow::Result<()> {
    for source in plan.sns_sources()? {
        clients
            .sqs
            .create_queue()
            .queue_name(&source.queue_name)
            .send()
            .await
            .with_context(|| {
                format!("Failed to create subscription queue {}", source.queue_name)
            })?;
        let existing = subscription_arn(clients, &source.topic_arn, &source.queue_arn).await?;
        if existing.is_none() {
            clients
                .sns
                .subscribe()
                .topic_arn(&source.topic_arn)
                .protocol("sqs")
                .endpoint(&source.queue_arn)
                .send()
                .await
                .with_context(|| {
                    format!(
                        "Failed to subscribe {} to {}",
                        source.queue_name, source.topic_arn
                    )
                })?;
        }
        tracing::info!(function = %source.function, topic_arn = %source.topic_arn, "SNS subscription ready");
    }
    Ok(())
}

/// The ARN of the subscription delivering `topic_arn` to the queue `queue_arn`, if any.
pub async fn subscription_arn(
    clients: &Clients,
    topic_arn: &str,
    queue_arn: &str,
) -> anyhow::Result<Option<String>> {
    let mut pages = clients
        .sns
        .list_subscriptions_by_topic()
        .topic_arn(topic_arn)
        .into_paginator()
        .send();
    while let Some(page) = pages.next().await {
        let page = page.with_context(|| format!("Failed to list subscriptions of {topic_arn}"))?;
        if let Some(found) = page
            .subscriptions()
            .iter()
            .find(|subscription| subscription.endpoint() == Some(queue_arn))
        {
            return Ok(found.subscription_arn().map(str::to_owned));
        }
    }
    Ok(None)
}

/// The functions' environment: every function's variables resolved against the local
/// resources, merged (one `cargo lambda watch` serves them all), then the local values.
pub fn environment(
    plan: &Plan,
    local_values: &BTreeMap<String, String>,
) -> anyhow::Result<BTreeMap<String, String>> {
    let mut environment = BTreeMap::<String, String>::new();
    for function in plan.functions()? {
        for (name, value) in &function.environment {
            // A local value replaces this one, which may not even resolve locally
            // (a parameter without a default, such as the database URL).
            if local_values.contains_key(name) {
                continue;
            }
            let value = plan.resolve_string(value).with_context(|| {
                format!(
                    "Failed to resolve {}: environment variable {name}",
                    function.logical_id
                )
            })?;
            if let Some(previous) = environment.get(name)
                && previous != &value
            {
                tracing::warn!(
                    variable = %name,
                    function = %function.logical_id,
                    kept = %previous,
                    ignored = %value,
                    "functions disagree on a variable; one env file serves them all"
                );
                continue;
            }
            environment.insert(name.clone(), value);
        }
    }
    environment.extend(local_values.clone());
    Ok(environment)
}

/// Writes `KEY=value` lines readable by `cargo lambda watch --env-file`, bash `source`
/// and the integration tests' reader: plain when safe, double-quoted otherwise.
pub fn write_env_file(path: &Path, environment: &BTreeMap<String, String>) -> anyhow::Result<()> {
    let text: String = environment
        .iter()
        .map(|(name, value)| format!("{name}={}\n", quote_env_value(value)))
        .collect();
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("Failed to create {}", parent.display()))?;
    }
    let partial = path.with_extension("partial");
    std::fs::write(&partial, text)
        .with_context(|| format!("Failed to write {}", partial.display()))?;
    std::fs::rename(&partial, path).with_context(|| format!("Failed to write {}", path.display()))
}

fn quote_env_value(value: &str) -> String {
    let plain = value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "_-.:/@".contains(c));
    if plain && !value.is_empty() {
        return value.to_owned();
    }
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('"');
    for c in value.chars() {
        if matches!(c, '"' | '\\' | '$' | '`') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::tests::fixture_plan;

    #[test]
    fn environment_merges_functions_and_lets_local_values_win() {
        let plan = fixture_plan();
        let local = BTreeMap::from([
            (
                "APP_BASE_URL".to_owned(),
                "http://127.0.0.1:9000".to_owned(),
            ),
            (
                "DATABASE_URL".to_owned(),
                "postgres://postgres@127.0.0.1:55432/roleferry".to_owned(),
            ),
        ]);
        let environment = environment(&plan, &local).unwrap();
        assert_eq!(
            environment["SEND_QUEUE_URL"],
            "http://127.0.0.1:4566/123456789012/roleferry-local-SendQueue"
        );
        assert_eq!(
            environment["UPLOADS_BUCKET"],
            "roleferry-local-uploads-123456789012"
        );
        assert_eq!(environment["SES_CONFIGURATION_SET"], "roleferry-local");
        assert_eq!(
            environment["RATE_LIMIT_TABLE"],
            "roleferry-local-RateLimitTable"
        );
        assert_eq!(
            environment["EVENTS_TOPIC_ARN"],
            "arn:aws:sns:us-east-1:123456789012:roleferry-local-SesEventsTopic"
        );
        assert_eq!(
            environment["GREETING"],
            "local-us-east-1-roleferry-local-uploads-123456789012"
        );
        assert_eq!(environment["APP_BASE_URL"], "http://127.0.0.1:9000");
        assert_eq!(environment["STAGE"], "local");
    }

    #[test]
    fn env_values_are_quoted_only_when_needed() {
        assert_eq!(
            quote_env_value("http://127.0.0.1:4566/1/q"),
            "http://127.0.0.1:4566/1/q"
        );
        assert_eq!(quote_env_value("info,hyper=warn"), r#""info,hyper=warn""#);
        assert_eq!(quote_env_value("a b"), r#""a b""#);
        assert_eq!(quote_env_value(r#"say "$HOME""#), r#""say \"\$HOME\"""#);
        assert_eq!(quote_env_value(""), r#""""#);
    }
}
