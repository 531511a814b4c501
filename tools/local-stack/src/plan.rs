//! What each template resource is called locally, and intrinsic-function resolution
//! against those local names.
//!
//! Names are derived deterministically from the template and [`LocalSettings`], so
//! `provision` and `pump` agree on every queue, bucket and topic without sharing state.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::template::{
    DYNAMODB_TABLE, EventSource, Function, Resource, S3_BUCKET, SERVERLESS_FUNCTION,
    SERVERLESS_HTTP_API, SES_CONFIGURATION_SET, SES_EMAIL_IDENTITY, SES_EVENT_DESTINATION,
    SES_RECEIPT_RULE, SNS_TOPIC, SQS_QUEUE, Template, TemplateError,
};

#[derive(Debug, Clone)]
pub struct LocalSettings {
    /// The AWS emulator, e.g. `http://127.0.0.1:4566`.
    pub endpoint: String,
    pub region: String,
    pub account_id: String,
    pub stack_name: String,
    /// Overrides of template parameter defaults.
    pub parameters: BTreeMap<String, String>,
    /// Where the HTTP API is served locally; the value of an HttpApi's endpoint.
    pub api_base_url: String,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ResolveError {
    #[error("`{0}` is neither a parameter, a pseudo parameter nor a resource")]
    UnknownReference(String),
    #[error("parameter `{0}` has no Default and no local override")]
    ParameterWithoutValue(String),
    #[error("resource `{logical_id}` has no attribute `{attribute}` locally")]
    UnknownAttribute {
        logical_id: String,
        attribute: String,
    },
    #[error("malformed `{function}`: {detail}")]
    Malformed {
        function: &'static str,
        detail: String,
    },
    #[error("expected a string, got {0}")]
    NotAString(Value),
}

/// A resource as it exists locally: what `Ref` gives and what `Fn::GetAtt` can give.
#[derive(Debug, Clone, PartialEq)]
pub struct Physical {
    pub reference: String,
    pub attributes: BTreeMap<&'static str, String>,
}

#[derive(Debug, Clone)]
pub struct Plan {
    pub settings: LocalSettings,
    pub template: Template,
    pub physical: BTreeMap<String, Physical>,
}

impl Plan {
    pub fn new(template: Template, settings: LocalSettings) -> Result<Self, TemplateError> {
        let mut plan = Self {
            settings,
            template,
            physical: BTreeMap::new(),
        };
        // Explicit names may only use parameters and pseudo parameters, which is all
        // `physical` offers while it is still empty.
        let named = plan
            .template
            .resources
            .iter()
            .map(|(logical_id, resource)| {
                plan.physical_for(logical_id, resource)
                    .map(|physical| (logical_id.clone(), physical))
            })
            .collect::<Result<BTreeMap<_, _>, _>>()?;
        plan.physical = named;
        Ok(plan)
    }

    fn physical_for(
        &self,
        logical_id: &str,
        resource: &Resource,
    ) -> Result<Physical, TemplateError> {
        let settings = &self.settings;
        let (region, account) = (&settings.region, &settings.account_id);
        let name_from = |property: &str, default: String| -> Result<String, TemplateError> {
            match resource.properties.get(property) {
                None => Ok(default),
                Some(value) => {
                    self.resolve_string(value)
                        .map_err(|error| TemplateError::Resource {
                            logical_id: logical_id.to_owned(),
                            message: format!("{property}: {error}"),
                        })
                }
            }
        };
        let default_name = format!("{}-{logical_id}", settings.stack_name);
        let physical = if resource.is(&[SQS_QUEUE]) {
            let fifo = resource.properties.get("FifoQueue") == Some(&Value::Bool(true));
            let default = if fifo {
                format!("{default_name}.fifo")
            } else {
                default_name
            };
            let name = name_from("QueueName", default)?;
            let arn = format!("arn:aws:sqs:{region}:{account}:{name}");
            let url = format!(
                "{}/{account}/{name}",
                settings.endpoint.trim_end_matches('/')
            );
            Physical {
                reference: url.clone(),
                attributes: BTreeMap::from([("Arn", arn), ("QueueName", name), ("QueueUrl", url)]),
            }
        } else if resource.is(&[S3_BUCKET]) {
            let name = name_from("BucketName", default_name.to_lowercase())?;
            Physical {
                attributes: BTreeMap::from([
                    ("Arn", format!("arn:aws:s3:::{name}")),
                    ("DomainName", format!("{name}.s3.amazonaws.com")),
                    (
                        "RegionalDomainName",
                        format!("{name}.s3.{region}.amazonaws.com"),
                    ),
                ]),
                reference: name,
            }
        } else if resource.is(&[DYNAMODB_TABLE]) {
            let name = name_from("TableName", default_name)?;
            Physical {
                attributes: BTreeMap::from([(
                    "Arn",
                    format!("arn:aws:dynamodb:{region}:{account}:table/{name}"),
                )]),
                reference: name,
            }
        } else if resource.is(&[SNS_TOPIC]) {
            let name = name_from("TopicName", default_name)?;
            let arn = format!("arn:aws:sns:{region}:{account}:{name}");
            Physical {
                reference: arn.clone(),
                attributes: BTreeMap::from([("TopicArn", arn), ("TopicName", name)]),
            }
        } else if resource.is(&SES_CONFIGURATION_SET) {
            Physical {
                reference: name_from("Name", default_name)?,
                attributes: BTreeMap::new(),
            }
        } else if resource.is(&SES_EMAIL_IDENTITY) {
            Physical {
                reference: name_from("EmailIdentity", default_name)?,
                attributes: BTreeMap::new(),
            }
        } else if resource.is(&[SERVERLESS_FUNCTION]) {
            let binary = resource
                .metadata
                .get("BuildProperties")
                .and_then(|properties| properties.get("Binary"))
                .and_then(Value::as_str)
                .map_or(default_name, str::to_owned);
            let name = name_from("FunctionName", binary)?;
            Physical {
                attributes: BTreeMap::from([(
                    "Arn",
                    format!("arn:aws:lambda:{region}:{account}:function:{name}"),
                )]),
                reference: name,
            }
        } else if resource.is(&[SERVERLESS_HTTP_API]) {
            Physical {
                reference: "local".to_owned(),
                attributes: BTreeMap::from([("ApiEndpoint", settings.api_base_url.clone())]),
            }
        } else {
            // Roles, alarms, policies...: nothing local stands behind them, but a
            // function may still name one in its environment.
            Physical {
                attributes: BTreeMap::from([(
                    "Arn",
                    format!("arn:aws:local:{region}:{account}:{logical_id}"),
                )]),
                reference: default_name,
            }
        };
        Ok(physical)
    }

    pub fn physical(&self, logical_id: &str) -> Option<&Physical> {
        self.physical.get(logical_id)
    }

    pub fn resolve_string(&self, value: &Value) -> Result<String, ResolveError> {
        match self.resolve(value)? {
            Value::String(text) => Ok(text),
            Value::Number(number) => Ok(number.to_string()),
            Value::Bool(flag) => Ok(flag.to_string()),
            other => Err(ResolveError::NotAString(other)),
        }
    }

    /// Resolves `Ref`, `Fn::GetAtt`, `Fn::Sub`, `Fn::Join`, `Fn::Select` and
    /// `Fn::If`-free values recursively.
    pub fn resolve(&self, value: &Value) -> Result<Value, ResolveError> {
        match value {
            Value::Object(map) if map.len() == 1 => {
                let (key, argument) = map.iter().next().expect("length checked");
                match key.as_str() {
                    "Ref" => self.resolve_ref(argument).map(Value::String),
                    "Fn::GetAtt" => self.resolve_get_att(argument).map(Value::String),
                    "Fn::Sub" => self.resolve_sub(argument).map(Value::String),
                    "Fn::Join" => self.resolve_join(argument).map(Value::String),
                    "Fn::Select" => self.resolve_select(argument),
                    _ => self.resolve_each(map),
                }
            }
            Value::Object(map) => self.resolve_each(map),
            Value::Array(items) => items
                .iter()
                .map(|item| self.resolve(item))
                .collect::<Result<_, _>>()
                .map(Value::Array),
            scalar => Ok(scalar.clone()),
        }
    }

    fn resolve_each(&self, map: &Map<String, Value>) -> Result<Value, ResolveError> {
        map.iter()
            .map(|(key, value)| Ok((key.clone(), self.resolve(value)?)))
            .collect::<Result<Map<_, _>, _>>()
            .map(Value::Object)
    }

    fn resolve_ref(&self, argument: &Value) -> Result<String, ResolveError> {
        let name = argument.as_str().ok_or_else(|| ResolveError::Malformed {
            function: "Ref",
            detail: format!("expected a name, got {argument}"),
        })?;
        self.lookup(name, None)
    }

    fn resolve_get_att(&self, argument: &Value) -> Result<String, ResolveError> {
        let malformed = || ResolveError::Malformed {
            function: "Fn::GetAtt",
            detail: format!(
                "expected [LogicalId, Attribute] or \"LogicalId.Attribute\", got {argument}"
            ),
        };
        let (logical_id, attribute) = match argument {
            Value::String(dotted) => dotted.split_once('.').ok_or_else(malformed)?,
            Value::Array(parts) => match parts.as_slice() {
                [Value::String(logical_id), Value::String(attribute)] => {
                    (logical_id.as_str(), attribute.as_str())
                }
                _ => return Err(malformed()),
            },
            _ => return Err(malformed()),
        };
        self.lookup(logical_id, Some(attribute))
    }

    fn resolve_sub(&self, argument: &Value) -> Result<String, ResolveError> {
        let (text, variables) = match argument {
            Value::String(text) => (text.as_str(), Map::new()),
            Value::Array(parts) => match parts.as_slice() {
                [Value::String(text), Value::Object(variables)] => {
                    (text.as_str(), variables.clone())
                }
                _ => {
                    return Err(ResolveError::Malformed {
                        function: "Fn::Sub",
                        detail: "expected a string or [string, {variables}]".into(),
                    });
                }
            },
            _ => {
                return Err(ResolveError::Malformed {
                    function: "Fn::Sub",
                    detail: format!("expected a string, got {argument}"),
                });
            }
        };
        let mut output = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find("${") {
            output.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let end = after.find('}').ok_or_else(|| ResolveError::Malformed {
                function: "Fn::Sub",
                detail: format!("unclosed `${{` in {text:?}"),
            })?;
            let name = &after[..end];
            if let Some(literal) = name.strip_prefix('!') {
                output.push_str("${");
                output.push_str(literal);
                output.push('}');
            } else if let Some(value) = variables.get(name) {
                output.push_str(&self.resolve_string(value)?);
            } else if let Some((logical_id, attribute)) = name.split_once('.') {
                output.push_str(&self.lookup(logical_id, Some(attribute))?);
            } else {
                output.push_str(&self.lookup(name, None)?);
            }
            rest = &after[end + 1..];
        }
        output.push_str(rest);
        Ok(output)
    }

    fn resolve_join(&self, argument: &Value) -> Result<String, ResolveError> {
        let malformed = || ResolveError::Malformed {
            function: "Fn::Join",
            detail: "expected [delimiter, [values]]".into(),
        };
        let Value::Array(parts) = argument else {
            return Err(malformed());
        };
        let [Value::String(delimiter), list] = parts.as_slice() else {
            return Err(malformed());
        };
        let Value::Array(items) = self.resolve(list)? else {
            return Err(malformed());
        };
        let items = items
            .iter()
            .map(|item| self.resolve_string(item))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(items.join(delimiter))
    }

    fn resolve_select(&self, argument: &Value) -> Result<Value, ResolveError> {
        let malformed = || ResolveError::Malformed {
            function: "Fn::Select",
            detail: "expected [index, [values]] with the index in range".into(),
        };
        let Value::Array(parts) = argument else {
            return Err(malformed());
        };
        let [index, list] = parts.as_slice() else {
            return Err(malformed());
        };
        let index: usize = self
            .resolve_string(index)?
            .parse()
            .map_err(|_| malformed())?;
        let Value::Array(items) = self.resolve(list)? else {
            return Err(malformed());
        };
        items.get(index).cloned().ok_or_else(malformed)
    }

    fn lookup(&self, name: &str, attribute: Option<&str>) -> Result<String, ResolveError> {
        let settings = &self.settings;
        if attribute.is_none() {
            let pseudo = match name {
                "AWS::Region" => Some(settings.region.clone()),
                "AWS::AccountId" => Some(settings.account_id.clone()),
                "AWS::StackName" => Some(settings.stack_name.clone()),
                "AWS::StackId" => Some(format!(
                    "arn:aws:cloudformation:{}:{}:stack/{}/local",
                    settings.region, settings.account_id, settings.stack_name
                )),
                "AWS::Partition" => Some("aws".to_owned()),
                "AWS::URLSuffix" => Some("amazonaws.com".to_owned()),
                "AWS::NoValue" => Some(String::new()),
                _ => None,
            };
            if let Some(value) = pseudo {
                return Ok(value);
            }
            if let Some(value) = settings.parameters.get(name) {
                return Ok(value.clone());
            }
            if let Some(default) = self.template.parameter_defaults.get(name) {
                return match default {
                    Some(Value::String(text)) => Ok(text.clone()),
                    Some(Value::Number(number)) => Ok(number.to_string()),
                    Some(Value::Bool(flag)) => Ok(flag.to_string()),
                    Some(Value::Array(items)) => Ok(items
                        .iter()
                        .map(|item| {
                            item.as_str()
                                .map_or_else(|| item.to_string(), str::to_owned)
                        })
                        .collect::<Vec<_>>()
                        .join(",")),
                    _ => Err(ResolveError::ParameterWithoutValue(name.to_owned())),
                };
            }
        }
        let physical = self.physical.get(name).ok_or_else(|| {
            if self.template.resources.contains_key(name) {
                // Only while names are being derived: a name that depends on another
                // resource's name.
                ResolveError::Malformed {
                    function: "Ref",
                    detail: format!("a resource name may not depend on resource `{name}`"),
                }
            } else {
                ResolveError::UnknownReference(name.to_owned())
            }
        })?;
        match attribute {
            None => Ok(physical.reference.clone()),
            Some(attribute) => physical.attributes.get(attribute).cloned().ok_or_else(|| {
                ResolveError::UnknownAttribute {
                    logical_id: name.to_owned(),
                    attribute: attribute.to_owned(),
                }
            }),
        }
    }

    pub fn functions(&self) -> Result<Vec<Function>, TemplateError> {
        self.template.functions()
    }

    /// The internal queue the pump reads a function's SNS subscription from.
    pub fn sns_subscription_queue_name(&self, function: &Function, event_name: &str) -> String {
        let name = format!(
            "{}-sns-{}-{event_name}",
            self.settings.stack_name, function.logical_id
        );
        // SQS queue names are at most 80 characters.
        name.chars().take(80).collect()
    }

    pub fn queue_url(&self, queue_name: &str) -> String {
        format!(
            "{}/{}/{queue_name}",
            self.settings.endpoint.trim_end_matches('/'),
            self.settings.account_id
        )
    }

    pub fn queue_arn(&self, queue_name: &str) -> String {
        format!(
            "arn:aws:sqs:{}:{}:{queue_name}",
            self.settings.region, self.settings.account_id
        )
    }

    /// Where SES's receipt rules store inbound mail: (bucket, key prefix) of each S3 action.
    pub fn inbound_mail_stores(&self) -> Result<Vec<(String, String)>, TemplateError> {
        let mut stores = Vec::new();
        for (logical_id, resource) in self.template.resources_of(&[SES_RECEIPT_RULE]) {
            let actions = resource
                .properties
                .get("Rule")
                .and_then(|rule| rule.get("Actions"))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for action in actions {
                let Some(s3) = action.get("S3Action") else {
                    continue;
                };
                let resolve = |field: &str| -> Result<String, TemplateError> {
                    match s3.get(field) {
                        None => Ok(String::new()),
                        Some(value) => self
                            .resolve_string(value)
                            .map_err(|err| TemplateError::resource(logical_id, err.to_string())),
                    }
                };
                stores.push((resolve("BucketName")?, resolve("ObjectKeyPrefix")?));
            }
        }
        Ok(stores)
    }

    /// Configuration set name → SNS topic ARN and the event types it publishes.
    pub fn ses_event_destinations(&self) -> Result<Vec<SesEventDestination>, TemplateError> {
        self.template
            .resources_of(&SES_EVENT_DESTINATION)
            .filter_map(|(logical_id, resource)| {
                let destination = resource.properties.get("EventDestination")?;
                let sns = destination.get("SnsDestination")?;
                let enabled = destination.get("Enabled").and_then(Value::as_bool) != Some(false);
                let parse = || -> Result<SesEventDestination, ResolveError> {
                    let configuration_set = self.resolve_string(
                        resource
                            .properties
                            .get("ConfigurationSetName")
                            .ok_or_else(|| ResolveError::Malformed {
                                function: "ConfigurationSetName",
                                detail: "missing".into(),
                            })?,
                    )?;
                    let topic = sns
                        .get("TopicARN")
                        .or_else(|| sns.get("TopicArn"))
                        .ok_or_else(|| ResolveError::Malformed {
                            function: "SnsDestination",
                            detail: "has no TopicARN".into(),
                        })?;
                    let event_types = destination
                        .get("MatchingEventTypes")
                        .and_then(Value::as_array)
                        .map(|types| {
                            types
                                .iter()
                                .filter_map(Value::as_str)
                                .map(str::to_ascii_lowercase)
                                .collect()
                        })
                        .unwrap_or_default();
                    Ok(SesEventDestination {
                        configuration_set,
                        topic_arn: self.resolve_string(topic)?,
                        event_types,
                    })
                };
                enabled.then(|| {
                    parse().map_err(|error| TemplateError::Resource {
                        logical_id: logical_id.clone(),
                        message: error.to_string(),
                    })
                })
            })
            .collect()
    }

    /// Every SQS-driven function event with its queue resolved to a local name.
    pub fn sqs_sources(&self) -> Result<Vec<SqsSource>, TemplateError> {
        let mut sources = Vec::new();
        for function in self.functions()? {
            for event in &function.events {
                let EventSource::Sqs {
                    queue,
                    batch_size,
                    report_batch_item_failures,
                    enabled,
                } = &event.source
                else {
                    continue;
                };
                if !enabled {
                    continue;
                }
                let context = |error: ResolveError| TemplateError::Resource {
                    logical_id: format!("{}.Events.{}", function.logical_id, event.name),
                    message: error.to_string(),
                };
                let queue_arn = self.resolve_string(queue).map_err(context)?;
                let queue_name = queue_arn.rsplit(':').next().unwrap_or_default().to_owned();
                sources.push(SqsSource {
                    function: function.binary.clone(),
                    event_name: event.name.clone(),
                    queue_url: self.queue_url(&queue_name),
                    queue_arn,
                    batch_size: *batch_size,
                    report_batch_item_failures: *report_batch_item_failures,
                });
            }
        }
        Ok(sources)
    }

    /// Every SNS-driven function event with its topic and internal subscription queue.
    pub fn sns_sources(&self) -> Result<Vec<SnsSource>, TemplateError> {
        let mut sources = Vec::new();
        for function in self.functions()? {
            for event in &function.events {
                let EventSource::Sns { topic } = &event.source else {
                    continue;
                };
                let topic_arn =
                    self.resolve_string(topic)
                        .map_err(|error| TemplateError::Resource {
                            logical_id: format!("{}.Events.{}", function.logical_id, event.name),
                            message: error.to_string(),
                        })?;
                let queue_name = self.sns_subscription_queue_name(&function, &event.name);
                let dead_letter_queue_url = function
                    .dead_letter_target
                    .as_ref()
                    .map(|target| self.resolve_string(target))
                    .transpose()
                    .map_err(|error| TemplateError::Resource {
                        logical_id: format!("{}.DeadLetterQueue", function.logical_id),
                        message: error.to_string(),
                    })?
                    .map(|arn| self.queue_url(arn.rsplit(':').next().unwrap_or_default()));
                sources.push(SnsSource {
                    dead_letter_queue_url,
                    delivery_attempts: function.async_retry_attempts + 1,
                    function: function.binary.clone(),
                    event_name: event.name.clone(),
                    topic_arn,
                    queue_url: self.queue_url(&queue_name),
                    queue_arn: self.queue_arn(&queue_name),
                    queue_name,
                });
            }
        }
        Ok(sources)
    }

    /// Every enabled schedule with the function it invokes.
    pub fn schedules(&self) -> Result<Vec<ScheduleSource>, TemplateError> {
        let mut sources = Vec::new();
        for function in self.functions()? {
            for event in &function.events {
                if let EventSource::Schedule {
                    expression,
                    input,
                    enabled: true,
                } = &event.source
                {
                    sources.push(ScheduleSource {
                        function: function.binary.clone(),
                        event_name: event.name.clone(),
                        rule_arn: format!(
                            "arn:aws:events:{}:{}:rule/{}-{}-{}",
                            self.settings.region,
                            self.settings.account_id,
                            self.settings.stack_name,
                            function.logical_id,
                            event.name
                        ),
                        expression: expression.clone(),
                        input: input.clone(),
                    });
                }
            }
        }
        Ok(sources)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SesEventDestination {
    pub configuration_set: String,
    pub topic_arn: String,
    /// Lower-case SES event types (`send`, `bounce`, ...).
    pub event_types: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SqsSource {
    pub function: String,
    pub event_name: String,
    pub queue_url: String,
    pub queue_arn: String,
    pub batch_size: u32,
    pub report_batch_item_failures: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SnsSource {
    pub function: String,
    /// Lambda's on-failure queue for asynchronous events, if the function has one.
    pub dead_letter_queue_url: Option<String>,
    pub delivery_attempts: u32,
    pub event_name: String,
    pub topic_arn: String,
    pub queue_name: String,
    pub queue_url: String,
    pub queue_arn: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleSource {
    pub function: String,
    pub event_name: String,
    pub rule_arn: String,
    pub expression: String,
    pub input: Option<String>,
}

#[cfg(test)]
pub(crate) mod tests {
    use serde_json::json;

    use super::*;

    pub(crate) fn fixture_plan() -> Plan {
        let template = Template::parse(include_str!("../tests/fixtures/template.yaml")).unwrap();
        Plan::new(
            template,
            LocalSettings {
                endpoint: "http://127.0.0.1:4566".into(),
                region: "us-east-1".into(),
                account_id: "123456789012".into(),
                stack_name: "roleferry-local".into(),
                parameters: BTreeMap::from([("Stage".to_owned(), "local".to_owned())]),
                api_base_url: "http://127.0.0.1:9000".into(),
            },
        )
        .unwrap()
    }

    #[test]
    fn ref_gives_queue_url_bucket_name_topic_arn_and_parameter_values() {
        let plan = fixture_plan();
        let resolve = |value| plan.resolve_string(&value).unwrap();
        assert_eq!(
            resolve(json!({"Ref": "SendQueue"})),
            "http://127.0.0.1:4566/123456789012/roleferry-local-SendQueue"
        );
        assert_eq!(
            resolve(json!({"Ref": "UploadsBucket"})),
            "roleferry-local-uploads-123456789012",
            "explicit BucketName resolved with the Stage override"
        );
        assert_eq!(
            resolve(json!({"Ref": "SesEventsTopic"})),
            "arn:aws:sns:us-east-1:123456789012:roleferry-local-SesEventsTopic"
        );
        assert_eq!(
            resolve(json!({"Ref": "SesConfigurationSet"})),
            "roleferry-local"
        );
        assert_eq!(
            resolve(json!({"Ref": "AppBaseUrl"})),
            "https://app.roleferry.example"
        );
        assert_eq!(
            resolve(json!({"Ref": "RateLimitTable"})),
            "roleferry-local-RateLimitTable"
        );
    }

    #[test]
    fn get_att_accepts_list_and_dotted_forms() {
        let plan = fixture_plan();
        let arn = "arn:aws:sqs:us-east-1:123456789012:roleferry-local-SendQueue";
        assert_eq!(
            plan.resolve_string(&json!({"Fn::GetAtt": ["SendQueue", "Arn"]}))
                .unwrap(),
            arn
        );
        assert_eq!(
            plan.resolve_string(&json!({"Fn::GetAtt": "SendQueue.Arn"}))
                .unwrap(),
            arn
        );
        assert_eq!(
            plan.resolve_string(&json!({"Fn::GetAtt": ["SendQueue", "Colour"]})),
            Err(ResolveError::UnknownAttribute {
                logical_id: "SendQueue".into(),
                attribute: "Colour".into()
            })
        );
    }

    #[test]
    fn sub_substitutes_parameters_pseudo_parameters_resources_and_variables() {
        let plan = fixture_plan();
        assert_eq!(
            plan.resolve_string(
                &json!({"Fn::Sub": "${Stage}-${AWS::Region}-${SendQueue.QueueName}-${!Literal}"})
            )
            .unwrap(),
            "local-us-east-1-roleferry-local-SendQueue-${Literal}"
        );
        assert_eq!(
            plan.resolve_string(
                &json!({"Fn::Sub": ["${A}/${B}", {"A": "x", "B": {"Ref": "Stage"}}]})
            )
            .unwrap(),
            "x/local"
        );
        assert!(matches!(
            plan.resolve_string(&json!({"Fn::Sub": "${Nope}"})),
            Err(ResolveError::UnknownReference(name)) if name == "Nope"
        ));
        assert!(plan.resolve_string(&json!({"Fn::Sub": "${Stage"})).is_err());
    }

    #[test]
    fn join_and_select_resolve_their_items() {
        let plan = fixture_plan();
        assert_eq!(
            plan.resolve_string(&json!({"Fn::Join": [":", ["a", {"Ref": "Stage"}]]}))
                .unwrap(),
            "a:local"
        );
        assert_eq!(
            plan.resolve_string(&json!({"Fn::Select": [1, ["a", "b"]]}))
                .unwrap(),
            "b"
        );
        assert!(
            plan.resolve_string(&json!({"Fn::Select": [5, ["a"]]}))
                .is_err()
        );
    }

    #[test]
    fn event_sources_are_resolved_to_local_queues_topics_and_schedules() {
        let plan = fixture_plan();
        let sqs = plan.sqs_sources().unwrap();
        let send = sqs
            .iter()
            .find(|source| source.function == "mail-worker")
            .unwrap();
        assert_eq!(
            send.queue_url,
            "http://127.0.0.1:4566/123456789012/roleferry-local-SendQueue"
        );
        assert_eq!(send.batch_size, 5);
        assert!(send.report_batch_item_failures);

        let sns = plan.sns_sources().unwrap();
        assert_eq!(sns.len(), 1);
        assert_eq!(sns[0].function, "ses-events");
        assert_eq!(
            sns[0].topic_arn,
            "arn:aws:sns:us-east-1:123456789012:roleferry-local-SesEventsTopic"
        );
        assert_eq!(
            sns[0].queue_name,
            "roleferry-local-sns-SesEventsFunction-SesEvents"
        );

        let schedules = plan.schedules().unwrap();
        assert_eq!(schedules.len(), 2);

        let destinations = plan.ses_event_destinations().unwrap();
        assert_eq!(
            destinations,
            vec![SesEventDestination {
                configuration_set: "roleferry-local".into(),
                topic_arn: "arn:aws:sns:us-east-1:123456789012:roleferry-local-SesEventsTopic"
                    .into(),
                event_types: vec![
                    "send".into(),
                    "delivery".into(),
                    "bounce".into(),
                    "complaint".into()
                ],
            }]
        );
    }
}
