//! Every function starts with only the environment `template.yaml` gives it, plus what Lambda
//! itself sets. The local stack runs all functions from one merged environment file, so a
//! variable missing from one function's template entry would never show locally and would fail
//! that function's cold start in AWS. Here each binary is started as Lambda starts it, against a
//! minimal Runtime API: reaching `GET /runtime/invocation/next` means its configuration loaded.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use integration_tests::{repo_root, stack_env, template};
use serde_json::Value;
use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;
use tokio::process::Command;

/// A function of the template: its binary and the names of the variables it is given.
struct TemplateFunction {
    logical_id: String,
    binary: String,
    variables: Vec<String>,
}

fn template_functions() -> Vec<TemplateFunction> {
    let template = template();
    let names = |variables: &Value| -> Vec<String> {
        variables
            .as_object()
            .map(|map| map.keys().cloned().collect())
            .unwrap_or_default()
    };
    let globals = names(&template["Globals"]["Function"]["Environment"]["Variables"]);
    let resources = template["Resources"].as_object().expect("Resources");
    resources
        .iter()
        .filter(|(_, resource)| resource["Type"] == "AWS::Serverless::Function")
        .map(|(logical_id, resource)| {
            let mut variables = globals.clone();
            variables.extend(names(&resource["Properties"]["Environment"]["Variables"]));
            TemplateFunction {
                logical_id: logical_id.clone(),
                binary: resource["Metadata"]["BuildProperties"]["Binary"]
                    .as_str()
                    .expect("every function names its binary")
                    .to_owned(),
                variables,
            }
        })
        .collect()
}

/// What the Lambda service sets in every function's environment, with local credentials.
/// `AWS_ENDPOINT_URL` is deliberately absent: in AWS nothing sets it, so a cold start must not
/// need it.
fn platform_environment(
    function: &TemplateFunction,
    runtime_api: &str,
) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("AWS_REGION".to_owned(), "us-east-1".to_owned()),
        ("AWS_DEFAULT_REGION".to_owned(), "us-east-1".to_owned()),
        ("AWS_ACCESS_KEY_ID".to_owned(), "test".to_owned()),
        ("AWS_SECRET_ACCESS_KEY".to_owned(), "test".to_owned()),
        (
            "AWS_LAMBDA_FUNCTION_NAME".to_owned(),
            function.binary.clone(),
        ),
        (
            "AWS_LAMBDA_FUNCTION_VERSION".to_owned(),
            "$LATEST".to_owned(),
        ),
        (
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE".to_owned(),
            "256".to_owned(),
        ),
        ("AWS_LAMBDA_RUNTIME_API".to_owned(), runtime_api.to_owned()),
    ])
}

/// The template's variables of one function, with the values the local stack resolved for them.
fn template_environment(function: &TemplateFunction) -> BTreeMap<String, String> {
    let local = stack_env();
    function
        .variables
        .iter()
        .map(|name| {
            let value = local.get(name).unwrap_or_else(|| {
                panic!(
                    "{} declares {name}, but the local stack did not resolve it",
                    function.logical_id
                )
            });
            (name.clone(), value.clone())
        })
        .collect()
}

fn binary_path(binary: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target"));
    let path = target.join("debug").join(binary);
    assert!(
        path.exists(),
        "{} is not built; scripts/run-tests.sh builds every function first",
        path.display()
    );
    path
}

enum ColdStart {
    /// The function asked the Runtime API for its first event.
    Ready,
    /// It exited before that, with what it wrote to stderr.
    Exited(String),
}

/// Starts one binary as Lambda would and reports whether it got as far as waiting for an event.
async fn cold_start(
    function: &TemplateFunction,
    environment: BTreeMap<String, String>,
) -> ColdStart {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let runtime_api = listener.local_addr().expect("address").to_string();
    let mut child = Command::new(binary_path(&function.binary))
        .env_clear()
        .envs(platform_environment(function, &runtime_api))
        .envs(environment)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn the function");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let asked_for_event = async {
        loop {
            let (mut connection, _) = listener.accept().await.expect("accept");
            let mut request = vec![0u8; 4096];
            let read = connection.read(&mut request).await.unwrap_or(0);
            if String::from_utf8_lossy(&request[..read]).contains("/runtime/invocation/next") {
                return;
            }
        }
    };
    // A bound on a hang, not a performance assertion: a cold start takes milliseconds.
    let outcome = tokio::time::timeout(Duration::from_secs(120), async {
        tokio::select! {
            () = asked_for_event => ColdStart::Ready,
            _ = child.wait() => {
                let mut written = String::new();
                stderr.read_to_string(&mut written).await.ok();
                ColdStart::Exited(written)
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("{} neither started nor exited", function.binary));
    child.kill().await.ok();
    outcome
}

#[tokio::test]
async fn every_function_starts_with_only_its_template_environment() {
    let functions = template_functions();
    assert!(
        functions.len() >= 10,
        "the template declares every function"
    );
    let mut failures = Vec::new();
    for function in &functions {
        if let ColdStart::Exited(stderr) =
            cold_start(function, template_environment(function)).await
        {
            failures.push(format!(
                "{} ({}) failed its cold start with the template's environment:\n{stderr}",
                function.logical_id, function.binary
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn a_function_missing_a_variable_fails_naming_it() {
    let functions = template_functions();
    let mail_worker = functions
        .iter()
        .find(|function| function.binary == "mail-worker")
        .expect("mail-worker is in the template");
    for missing in ["DATABASE_URL", "MAIL_QUEUE_URL"] {
        let mut environment = template_environment(mail_worker);
        assert!(
            environment.remove(missing).is_some(),
            "the template gives mail-worker {missing}"
        );
        match cold_start(mail_worker, environment).await {
            ColdStart::Ready => panic!("mail-worker started without {missing}"),
            ColdStart::Exited(stderr) => assert!(
                stderr.contains(missing),
                "the cold-start failure names {missing}: {stderr}"
            ),
        }
    }
}
