//! What AWS needs of `template.yaml` that the local stack cannot show: alarms, concurrency caps,
//! permissions for the way workers retry, encryption keys that event publishers may use,
//! schedule retries. `cfn-lint` and `sam validate --lint` check the syntax; these check intent.

use std::collections::BTreeSet;

use integration_tests::template;
use serde_json::Value;

fn resources(template: &Value) -> impl Iterator<Item = (&String, &Value)> {
    template["Resources"].as_object().expect("Resources").iter()
}

fn functions(template: &Value) -> Vec<(&String, &Value)> {
    resources(template)
        .filter(|(_, resource)| resource["Type"] == "AWS::Serverless::Function")
        .collect()
}

fn events_of<'a>(function: &'a Value, kind: &str) -> Vec<&'a Value> {
    function["Properties"]["Events"]
        .as_object()
        .map(|events| {
            events
                .values()
                .filter(|event| event["Type"] == kind)
                .collect()
        })
        .unwrap_or_default()
}

/// The logical id a `Ref:` or `Fn::GetAtt: [Id, Attr]` names.
fn referenced(value: &Value) -> Option<&str> {
    value["Ref"]
        .as_str()
        .or_else(|| value["Fn::GetAtt"][0].as_str())
}

/// Every statement of a function's inline policies.
fn statements(function: &Value) -> Vec<&Value> {
    function["Properties"]["Policies"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|policy| policy["Statement"].as_array())
        .flatten()
        .collect()
}

fn allows(statement: &Value, action: &str) -> bool {
    statement["Effect"] == "Allow"
        && statement["Action"]
            .as_array()
            .is_some_and(|actions| actions.iter().any(|allowed| allowed == action))
}

#[test]
fn every_function_alarms_on_errors_and_throttles() {
    let template = template();
    let mut alarmed: BTreeSet<(String, String)> = BTreeSet::new();
    for (_, alarm) in resources(&template).filter(|(_, r)| r["Type"] == "AWS::CloudWatch::Alarm") {
        let properties = &alarm["Properties"];
        if properties["Namespace"] != "AWS/Lambda" {
            continue;
        }
        assert!(
            properties["AlarmActions"]
                .as_array()
                .is_some_and(|a| !a.is_empty()),
            "a Lambda alarm notifies someone: {properties}"
        );
        for dimension in properties["Dimensions"].as_array().expect("Dimensions") {
            if dimension["Name"] == "FunctionName" {
                let function = referenced(&dimension["Value"]).expect("names a function");
                let metric = properties["MetricName"].as_str().expect("MetricName");
                alarmed.insert((function.to_owned(), metric.to_owned()));
            }
        }
    }
    for (logical_id, _) in functions(&template) {
        for metric in ["Errors", "Throttles"] {
            assert!(
                alarmed.contains(&(logical_id.clone(), metric.to_owned())),
                "{logical_id} has no {metric} alarm"
            );
        }
    }
}

#[test]
fn queue_triggered_functions_cap_concurrency_on_the_event_source_and_may_back_off() {
    let template = template();
    let mut seen = 0;
    for (logical_id, function) in functions(&template) {
        let sqs_events = events_of(function, "SQS");
        if sqs_events.is_empty() {
            continue;
        }
        seen += 1;
        // Throttled deliveries count towards maxReceiveCount and would push good messages
        // into the dead-letter queue.
        assert!(
            function["Properties"]["ReservedConcurrentExecutions"].is_null(),
            "{logical_id} caps concurrency with ReservedConcurrentExecutions"
        );
        for event in sqs_events {
            let properties = &event["Properties"];
            assert!(
                properties["ScalingConfig"]["MaximumConcurrency"]
                    .as_u64()
                    .is_some_and(|n| n >= 2),
                "{logical_id}'s queue event has no ScalingConfig.MaximumConcurrency (minimum 2)"
            );
            assert_eq!(
                properties["FunctionResponseTypes"],
                serde_json::json!(["ReportBatchItemFailures"]),
                "{logical_id} reports partial batch failures"
            );
            let queue = referenced(&properties["Queue"]).expect("names its queue");
            // Every worker retries through shared::worker, which extends message visibility.
            assert!(
                statements(function).iter().any(|statement| {
                    allows(statement, "sqs:ChangeMessageVisibility")
                        && referenced(&statement["Resource"]) == Some(queue)
                }),
                "{logical_id} may not ChangeMessageVisibility on {queue}"
            );
            let redrive = &template["Resources"][queue]["Properties"]["RedrivePolicy"];
            assert!(
                redrive["maxReceiveCount"].as_u64().is_some()
                    && !redrive["deadLetterTargetArn"].is_null(),
                "{queue} has a dead-letter queue"
            );
        }
    }
    assert!(seen >= 4, "the template has its queue workers");
}

#[test]
fn topics_use_a_key_that_ses_and_cloudwatch_may_use() {
    let template = template();
    for (logical_id, topic) in resources(&template).filter(|(_, r)| r["Type"] == "AWS::SNS::Topic")
    {
        let key = &topic["Properties"]["KmsMasterKeyId"];
        assert_ne!(
            key.as_str(),
            Some("alias/aws/sns"),
            "{logical_id}: SES and CloudWatch cannot publish to a topic under the AWS-managed key"
        );
        let key_id = referenced(key).unwrap_or_else(|| panic!("{logical_id} names its KMS key"));
        let key = &template["Resources"][key_id];
        assert_eq!(key["Type"], "AWS::KMS::Key");
        let services: BTreeSet<&str> = key["Properties"]["KeyPolicy"]["Statement"]
            .as_array()
            .expect("key policy statements")
            .iter()
            .filter(|statement| {
                allows(statement, "kms:GenerateDataKey*") && allows(statement, "kms:Decrypt")
            })
            .filter_map(|statement| statement["Principal"]["Service"].as_array())
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        for service in ["ses.amazonaws.com", "cloudwatch.amazonaws.com"] {
            assert!(
                services.contains(service),
                "{key_id} does not admit {service}"
            );
        }
    }
}

#[test]
fn schedules_retry_and_keep_what_failed() {
    let template = template();
    let mut seen = 0;
    for (logical_id, function) in functions(&template) {
        for schedule in events_of(function, "ScheduleV2") {
            seen += 1;
            let properties = &schedule["Properties"];
            assert!(
                properties["RetryPolicy"]["MaximumRetryAttempts"]
                    .as_u64()
                    .is_some(),
                "{logical_id}'s schedule has a retry policy"
            );
            let queue = referenced(&properties["DeadLetterConfig"]["Arn"])
                .unwrap_or_else(|| panic!("{logical_id}'s schedule has a dead-letter queue"));
            assert_eq!(template["Resources"][queue]["Type"], "AWS::SQS::Queue");
        }
    }
    assert!(seen >= 1, "the template has schedules");
}

#[test]
fn browsers_may_put_to_presigned_upload_urls_from_the_app_only() {
    let template = template();
    let rules =
        &template["Resources"]["UploadsBucket"]["Properties"]["CorsConfiguration"]["CorsRules"];
    let rule = &rules[0];
    assert!(
        rule["AllowedMethods"]
            .as_array()
            .expect("methods")
            .iter()
            .any(|m| m == "PUT"),
        "uploads bucket CORS allows PUT"
    );
    let origin = referenced(&rule["AllowedOrigins"][0]).expect("the origin is a parameter");
    assert!(
        template["Parameters"][origin].is_object(),
        "{origin} is a template parameter"
    );
}

#[test]
fn bucket_listing_is_scoped_by_prefix_and_imports_are_read_alone() {
    let template = template();
    for (logical_id, function) in functions(&template) {
        for statement in statements(function) {
            if allows(statement, "s3:ListBucket") {
                assert!(
                    !statement["Condition"].is_null(),
                    "{logical_id} may list the whole uploads bucket"
                );
            }
        }
    }
    let import = &template["Resources"]["ContactImportFunction"];
    let reads: Vec<&Value> = statements(import)
        .into_iter()
        .filter(|statement| allows(statement, "s3:GetObject"))
        .collect();
    assert!(!reads.is_empty(), "contact-import reads its uploads");
    for statement in reads {
        assert_eq!(
            statement["Resource"]["Fn::Sub"], "${UploadsBucket.Arn}/imports/*",
            "contact-import reads only imports/"
        );
    }
    assert!(
        import["Properties"]["Policies"]
            .as_array()
            .expect("policies")
            .iter()
            .all(|policy| policy.get("S3ReadPolicy").is_none()),
        "contact-import has no whole-bucket read policy"
    );
}
