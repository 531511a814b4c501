//! Lambda event payloads shaped exactly as AWS delivers them, so functions deserialize
//! them with `aws_lambda_events` locally as they do in AWS.

use aws_sdk_sqs::types::{Message, MessageAttributeValue, MessageSystemAttributeName};
use base64::Engine;
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value, json};

pub fn sqs_event(messages: &[Message], queue_arn: &str, region: &str) -> Value {
    let records: Vec<Value> = messages
        .iter()
        .map(|message| sqs_record(message, queue_arn, region))
        .collect();
    json!({ "Records": records })
}

fn sqs_record(message: &Message, queue_arn: &str, region: &str) -> Value {
    let attributes: Map<String, Value> = message
        .attributes()
        .into_iter()
        .flatten()
        .map(|(name, value)| (name.as_str().to_owned(), Value::String(value.clone())))
        .collect();
    let message_attributes: Map<String, Value> = message
        .message_attributes()
        .into_iter()
        .flatten()
        .map(|(name, value)| (name.clone(), sqs_message_attribute(value)))
        .collect();
    json!({
        "messageId": message.message_id(),
        "receiptHandle": message.receipt_handle(),
        "body": message.body(),
        "attributes": attributes,
        "messageAttributes": message_attributes,
        "md5OfBody": message.md5_of_body(),
        "md5OfMessageAttributes": message.md5_of_message_attributes(),
        "eventSource": "aws:sqs",
        "eventSourceARN": queue_arn,
        "awsRegion": region,
    })
}

fn sqs_message_attribute(value: &MessageAttributeValue) -> Value {
    let engine = base64::engine::general_purpose::STANDARD;
    json!({
        "stringValue": value.string_value(),
        "binaryValue": value.binary_value().map(|blob| engine.encode(blob.as_ref())),
        "stringListValues": value.string_list_values(),
        "binaryListValues": value.binary_list_values().iter().map(|blob| engine.encode(blob.as_ref())).collect::<Vec<_>>(),
        "dataType": value.data_type(),
    })
}

/// How many times SQS has handed out a message, `1` on its first delivery.
pub fn receive_count(message: &Message) -> u32 {
    message
        .attributes()
        .and_then(|attributes| attributes.get(&MessageSystemAttributeName::ApproximateReceiveCount))
        .and_then(|count| count.parse().ok())
        .unwrap_or(1)
}

/// Wraps the SNS envelope moto delivered to an SQS subscription as the event SNS hands
/// to a subscribed function.
pub fn sns_event(envelope: &Value, subscription_arn: &str) -> Value {
    let field = |name: &str| envelope.get(name).cloned().unwrap_or(Value::Null);
    let message_attributes = envelope
        .get("MessageAttributes")
        .cloned()
        .unwrap_or_else(|| json!({}));
    json!({
        "Records": [{
            "EventSource": "aws:sns",
            "EventVersion": "1.0",
            "EventSubscriptionArn": subscription_arn,
            "Sns": {
                "Type": field("Type"),
                "MessageId": field("MessageId"),
                "TopicArn": field("TopicArn"),
                "Subject": field("Subject"),
                "Message": field("Message"),
                "Timestamp": field("Timestamp"),
                "SignatureVersion": field("SignatureVersion"),
                "Signature": field("Signature"),
                "SigningCertUrl": field("SigningCertURL"),
                "UnsubscribeUrl": field("UnsubscribeURL"),
                "MessageAttributes": message_attributes,
            },
        }],
    })
}

/// The EventBridge "Scheduled Event" a rule without an explicit input sends.
pub fn scheduled_event(
    rule_arn: &str,
    time: DateTime<Utc>,
    region: &str,
    account_id: &str,
) -> Value {
    json!({
        "version": "0",
        "id": uuid::Uuid::new_v4().to_string(),
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "account": account_id,
        "time": time.to_rfc3339_opts(SecondsFormat::Secs, true),
        "region": region,
        "resources": [rule_arn],
        "detail": {},
    })
}

/// Message ids a function reported as failed under `ReportBatchItemFailures`, or
/// `None` when the response is not a batch response (every record succeeded).
pub fn batch_item_failures(response: &Value) -> Option<Vec<String>> {
    let failures = response.get("batchItemFailures")?.as_array()?;
    Some(
        failures
            .iter()
            .filter_map(|failure| failure.get("itemIdentifier")?.as_str().map(str::to_owned))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use aws_sdk_sqs::types::Message;

    use super::*;

    #[test]
    fn sqs_records_use_lambda_field_names() {
        let message = Message::builder()
            .message_id("m-1")
            .receipt_handle("rh-1")
            .body("{\"a\":1}")
            .md5_of_body("md5")
            .attributes(MessageSystemAttributeName::ApproximateReceiveCount, "2")
            .message_attributes(
                "kind",
                MessageAttributeValue::builder()
                    .data_type("String")
                    .string_value("send")
                    .build()
                    .unwrap(),
            )
            .build();
        let event = sqs_event(
            std::slice::from_ref(&message),
            "arn:aws:sqs:us-east-1:1:q",
            "us-east-1",
        );
        let record = &event["Records"][0];
        assert_eq!(record["messageId"], "m-1");
        assert_eq!(record["receiptHandle"], "rh-1");
        assert_eq!(record["body"], "{\"a\":1}");
        assert_eq!(record["attributes"]["ApproximateReceiveCount"], "2");
        assert_eq!(record["messageAttributes"]["kind"]["stringValue"], "send");
        assert_eq!(record["messageAttributes"]["kind"]["dataType"], "String");
        assert_eq!(record["md5OfBody"], "md5");
        assert_eq!(record["eventSource"], "aws:sqs");
        assert_eq!(record["eventSourceARN"], "arn:aws:sqs:us-east-1:1:q");
        assert_eq!(record["awsRegion"], "us-east-1");
        assert_eq!(receive_count(&message), 2);
    }

    #[test]
    fn sns_records_rename_the_envelope_url_fields() {
        let envelope = json!({
            "Type": "Notification", "MessageId": "id", "TopicArn": "arn:t", "Subject": null,
            "Message": "{}", "Timestamp": "2026-01-01T00:00:00.000Z", "SignatureVersion": "1",
            "Signature": "sig", "SigningCertURL": "https://cert", "UnsubscribeURL": "https://unsub",
            "MessageAttributes": {"k": {"Type": "String", "Value": "v"}}
        });
        let event = sns_event(&envelope, "arn:t:sub");
        let record = &event["Records"][0];
        assert_eq!(record["EventSource"], "aws:sns");
        assert_eq!(record["EventSubscriptionArn"], "arn:t:sub");
        assert_eq!(record["Sns"]["SigningCertUrl"], "https://cert");
        assert_eq!(record["Sns"]["UnsubscribeUrl"], "https://unsub");
        assert_eq!(record["Sns"]["MessageAttributes"]["k"]["Value"], "v");
    }

    #[test]
    fn batch_failures_are_read_from_the_function_response() {
        assert_eq!(
            batch_item_failures(&json!({"batchItemFailures": [{"itemIdentifier": "a"}]})),
            Some(vec!["a".to_owned()])
        );
        assert_eq!(
            batch_item_failures(&json!({"batchItemFailures": []})),
            Some(vec![])
        );
        assert_eq!(batch_item_failures(&Value::Null), None);
    }

    #[test]
    fn scheduled_events_name_their_rule() {
        let time = DateTime::parse_from_rfc3339("2026-01-01T00:01:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let event = scheduled_event("arn:aws:events:us-east-1:1:rule/r", time, "us-east-1", "1");
        assert_eq!(event["detail-type"], "Scheduled Event");
        assert_eq!(event["source"], "aws.events");
        assert_eq!(event["time"], "2026-01-01T00:01:00Z");
        assert_eq!(
            event["resources"],
            json!(["arn:aws:events:us-east-1:1:rule/r"])
        );
    }
}
