//! The parts of a SAM template the local stack acts on.
//!
//! The project's template uses only long-form intrinsics (`Ref:`, `Fn::GetAtt:`,
//! `Fn::Sub:`), so plain YAML parsing into a JSON value loses nothing. Anything we do
//! not understand is reported as a [`TemplateError`] naming the resource, never a panic.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context;
use serde_json::{Map, Value};

pub const SQS_QUEUE: &str = "AWS::SQS::Queue";
pub const S3_BUCKET: &str = "AWS::S3::Bucket";
pub const DYNAMODB_TABLE: &str = "AWS::DynamoDB::Table";
pub const SNS_TOPIC: &str = "AWS::SNS::Topic";
pub const SERVERLESS_FUNCTION: &str = "AWS::Serverless::Function";
pub const SERVERLESS_HTTP_API: &str = "AWS::Serverless::HttpApi";
/// CloudFormation spells the SES v2 resources `AWS::SES::*`; `AWS::SESV2::*` is accepted
/// too so a template written either way provisions the same local resources.
pub const SES_EMAIL_IDENTITY: [&str; 2] = ["AWS::SES::EmailIdentity", "AWS::SESV2::EmailIdentity"];
pub const SES_CONFIGURATION_SET: [&str; 2] =
    ["AWS::SES::ConfigurationSet", "AWS::SESV2::ConfigurationSet"];
pub const SES_RECEIPT_RULE: &str = "AWS::SES::ReceiptRule";
pub const SES_EVENT_DESTINATION: [&str; 2] = [
    "AWS::SES::ConfigurationSetEventDestination",
    "AWS::SESV2::ConfigurationSetEventDestination",
];

#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("template is not valid YAML: {0}")]
    Yaml(#[from] serde_norway::Error),
    #[error("template has no `Resources` mapping")]
    NoResources,
    #[error("resource `{logical_id}`: {message}")]
    Resource { logical_id: String, message: String },
}

impl TemplateError {
    pub(crate) fn resource(logical_id: &str, message: impl Into<String>) -> Self {
        Self::Resource {
            logical_id: logical_id.to_owned(),
            message: message.into(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Resource {
    pub kind: String,
    pub properties: Map<String, Value>,
    pub metadata: Map<String, Value>,
}

impl Resource {
    pub fn is(&self, kinds: &[&str]) -> bool {
        kinds.contains(&self.kind.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct Template {
    /// Parameter name → its `Default`, if any.
    pub parameter_defaults: BTreeMap<String, Option<Value>>,
    /// `Globals.Function.Environment.Variables`.
    pub global_environment: Map<String, Value>,
    pub resources: BTreeMap<String, Resource>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    pub logical_id: String,
    /// The cargo binary, which is also the name `cargo lambda watch` invokes it by.
    pub binary: String,
    /// Globals first, then the function's own variables, unresolved.
    pub environment: Map<String, Value>,
    pub events: Vec<FunctionEvent>,
    /// Where Lambda sends an asynchronous event after its last failed attempt.
    pub dead_letter_target: Option<Value>,
    /// Retries of a failed asynchronous invocation (Lambda's default is 2).
    pub async_retry_attempts: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionEvent {
    pub name: String,
    pub source: EventSource,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EventSource {
    Sqs {
        queue: Value,
        batch_size: u32,
        report_batch_item_failures: bool,
        enabled: bool,
    },
    Sns {
        topic: Value,
    },
    Schedule {
        expression: String,
        /// The target input, delivered verbatim instead of the Scheduled Event envelope.
        input: Option<String>,
        enabled: bool,
    },
    /// A route of the HTTP API, served by `local-stack gateway`. `path` is `$default` for the
    /// catch-all route and `method` is `ANY` for every method.
    HttpApi {
        method: String,
        path: String,
    },
    Unsupported {
        kind: String,
    },
}

impl Template {
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("Failed to read template {}", path.display()))?;
        Self::parse(&text).with_context(|| format!("Failed to parse template {}", path.display()))
    }

    pub fn parse(text: &str) -> Result<Self, TemplateError> {
        let document: Value = serde_norway::from_str(text)?;
        let resources = document
            .get("Resources")
            .and_then(Value::as_object)
            .ok_or(TemplateError::NoResources)?
            .iter()
            .map(|(logical_id, body)| Ok((logical_id.clone(), parse_resource(logical_id, body)?)))
            .collect::<Result<BTreeMap<_, _>, TemplateError>>()?;
        let parameter_defaults = document
            .get("Parameters")
            .and_then(Value::as_object)
            .map(|parameters| {
                parameters
                    .iter()
                    .map(|(name, spec)| (name.clone(), spec.get("Default").cloned()))
                    .collect()
            })
            .unwrap_or_default();
        let global_environment = document
            .pointer("/Globals/Function/Environment/Variables")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        Ok(Self {
            parameter_defaults,
            global_environment,
            resources,
        })
    }

    pub fn resources_of<'a>(
        &'a self,
        kinds: &'a [&'a str],
    ) -> impl Iterator<Item = (&'a String, &'a Resource)> + 'a {
        self.resources
            .iter()
            .filter(move |(_, resource)| resource.is(kinds))
    }

    pub fn functions(&self) -> Result<Vec<Function>, TemplateError> {
        self.resources_of(&[SERVERLESS_FUNCTION])
            .map(|(logical_id, resource)| self.function(logical_id, resource))
            .collect()
    }

    fn function(&self, logical_id: &str, resource: &Resource) -> Result<Function, TemplateError> {
        let binary = resource
            .metadata
            .get("BuildProperties")
            .and_then(|properties| properties.get("Binary"))
            .and_then(Value::as_str)
            .ok_or_else(|| {
                TemplateError::resource(logical_id, "has no Metadata.BuildProperties.Binary")
            })?
            .to_owned();
        let mut environment = self.global_environment.clone();
        if let Some(own) = resource
            .properties
            .get("Environment")
            .and_then(|environment| environment.get("Variables"))
        {
            let own = own.as_object().ok_or_else(|| {
                TemplateError::resource(logical_id, "Environment.Variables is not a mapping")
            })?;
            environment.extend(own.clone());
        }
        let events = match resource.properties.get("Events") {
            None => Vec::new(),
            Some(Value::Object(events)) => events
                .iter()
                .map(|(name, event)| parse_event(logical_id, name, event))
                .collect::<Result<_, _>>()?,
            Some(_) => {
                return Err(TemplateError::resource(
                    logical_id,
                    "Events is not a mapping",
                ));
            }
        };
        let dead_letter_target = resource
            .properties
            .get("DeadLetterQueue")
            .filter(|queue| queue.get("Type").and_then(Value::as_str) == Some("SQS"))
            .and_then(|queue| queue.get("TargetArn"))
            .cloned();
        let async_retry_attempts = resource
            .properties
            .get("EventInvokeConfig")
            .and_then(|config| config.get("MaximumRetryAttempts"))
            .and_then(Value::as_u64)
            .and_then(|attempts| u32::try_from(attempts).ok())
            .unwrap_or(2);
        Ok(Function {
            logical_id: logical_id.to_owned(),
            binary,
            environment,
            events,
            dead_letter_target,
            async_retry_attempts,
        })
    }
}

fn parse_resource(logical_id: &str, body: &Value) -> Result<Resource, TemplateError> {
    let kind = body
        .get("Type")
        .and_then(Value::as_str)
        .ok_or_else(|| TemplateError::resource(logical_id, "has no string `Type`"))?
        .to_owned();
    let mapping = |key: &str| -> Result<Map<String, Value>, TemplateError> {
        match body.get(key) {
            None | Some(Value::Null) => Ok(Map::new()),
            Some(Value::Object(map)) => Ok(map.clone()),
            Some(_) => Err(TemplateError::resource(
                logical_id,
                format!("`{key}` is not a mapping"),
            )),
        }
    };
    Ok(Resource {
        kind,
        properties: mapping("Properties")?,
        metadata: mapping("Metadata")?,
    })
}

fn parse_event(function: &str, name: &str, event: &Value) -> Result<FunctionEvent, TemplateError> {
    let context = format!("{function}.Events.{name}");
    let kind = event
        .get("Type")
        .and_then(Value::as_str)
        .ok_or_else(|| TemplateError::resource(&context, "has no string `Type`"))?;
    let properties = event.get("Properties").cloned().unwrap_or(Value::Null);
    let enabled = properties
        .get("Enabled")
        .and_then(Value::as_bool)
        .unwrap_or(true)
        && properties.get("State").and_then(Value::as_str) != Some("DISABLED");
    let source = match kind {
        "SQS" => EventSource::Sqs {
            queue: properties
                .get("Queue")
                .cloned()
                .ok_or_else(|| TemplateError::resource(&context, "SQS event has no Queue"))?,
            batch_size: match properties.get("BatchSize") {
                None => 10,
                Some(size) => size
                    .as_u64()
                    .and_then(|size| u32::try_from(size).ok())
                    .filter(|size| *size > 0)
                    .ok_or_else(|| {
                        TemplateError::resource(&context, "BatchSize is not a positive integer")
                    })?,
            },
            report_batch_item_failures: properties
                .get("FunctionResponseTypes")
                .and_then(Value::as_array)
                .is_some_and(|types| {
                    types
                        .iter()
                        .any(|kind| kind.as_str() == Some("ReportBatchItemFailures"))
                }),
            enabled,
        },
        "SNS" => EventSource::Sns {
            topic: properties
                .get("Topic")
                .cloned()
                .ok_or_else(|| TemplateError::resource(&context, "SNS event has no Topic"))?,
        },
        "Schedule" | "ScheduleV2" => EventSource::Schedule {
            expression: properties
                .get("Schedule")
                .or_else(|| properties.get("ScheduleExpression"))
                .and_then(Value::as_str)
                .ok_or_else(|| {
                    TemplateError::resource(&context, "schedule has no string expression")
                })?
                .to_owned(),
            input: properties
                .get("Input")
                .map(|input| match input {
                    Value::String(text) => Ok(text.clone()),
                    _ => Err(TemplateError::resource(&context, "Input is not a string")),
                })
                .transpose()?,
            enabled,
        },
        "HttpApi" => EventSource::HttpApi {
            method: properties
                .get("Method")
                .and_then(Value::as_str)
                .unwrap_or("ANY")
                .to_uppercase(),
            path: properties
                .get("Path")
                .and_then(Value::as_str)
                .unwrap_or("$default")
                .to_owned(),
        },
        other => EventSource::Unsupported {
            kind: other.to_owned(),
        },
    };
    Ok(FunctionEvent {
        name: name.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = include_str!("../tests/fixtures/template.yaml");

    #[test]
    fn fixture_functions_have_binaries_merged_environment_and_events() {
        let template = Template::parse(FIXTURE).unwrap();
        let functions = template.functions().unwrap();
        let mail = functions
            .iter()
            .find(|function| function.binary == "mail-worker")
            .unwrap();
        assert!(
            mail.environment.contains_key("SEND_QUEUE_URL"),
            "globals merged"
        );
        assert!(
            mail.environment.contains_key("EVENTS_TOPIC_ARN"),
            "own variables kept"
        );
        assert_eq!(
            mail.events[0].source,
            EventSource::Sqs {
                queue: serde_json::json!({"Fn::GetAtt": ["SendQueue", "Arn"]}),
                batch_size: 5,
                report_batch_item_failures: true,
                enabled: true,
            }
        );
        let maintenance = functions
            .iter()
            .find(|function| function.binary == "maintenance")
            .unwrap();
        assert!(maintenance.events.iter().any(|event| event.source
            == EventSource::Schedule {
                expression: "rate(1 minute)".into(),
                input: Some(r#"{"task":"schedule-due-steps"}"#.into()),
                enabled: true,
            }));
    }

    #[test]
    fn missing_binary_is_a_named_error() {
        let text = "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: {}\n";
        let error = Template::parse(text).unwrap().functions().unwrap_err();
        assert!(error.to_string().contains("`Fn`"), "{error}");
    }

    #[test]
    fn malformed_templates_are_errors_not_panics() {
        for text in [
            "",
            "Resources: 3",
            "Resources:\n  X: {}\n",
            "Resources:\n  X:\n    Type: AWS::SQS::Queue\n    Properties: [1]\n",
            "Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Metadata: {BuildProperties: {Binary: f}}\n    Properties: {Events: {E: {Type: SQS, Properties: {Queue: q, BatchSize: -1}}}}\n",
            "key: [unclosed",
        ] {
            let result = Template::parse(text).and_then(|template| template.functions());
            assert!(result.is_err(), "{text:?} should fail");
        }
    }

    #[test]
    fn short_form_tags_are_rejected_with_a_yaml_error() {
        let text = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Ref Name\n";
        assert!(matches!(Template::parse(text), Err(TemplateError::Yaml(_))));
    }
}
