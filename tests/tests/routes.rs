//! One set of routes: template.yaml (which the local API gateway also routes by) and each
//! function's routes must agree. A function's routes are its OpenAPI document: utoipa-axum
//! declares each route once for both.

use std::collections::{BTreeMap, BTreeSet};

use integration_tests::template;

type RouteSet = BTreeSet<(String, String)>;

fn operations(document: &utoipa::openapi::OpenApi) -> RouteSet {
    shared::web::operations(document)
        .into_iter()
        .map(|(method, path)| (method.as_str().to_owned(), path))
        .collect()
}

/// Every HTTP function's route table, by binary name. Add a line per new API function.
fn served() -> BTreeMap<&'static str, RouteSet> {
    BTreeMap::from([
        ("api-auth", operations(&api_auth::routes().into_openapi())),
        (
            "api-workspace",
            operations(&api_workspace::routes().into_openapi()),
        ),
        (
            "api-matching",
            operations(&api_matching::routes().into_openapi()),
        ),
        (
            "api-health",
            operations(&api_health::routes().into_openapi()),
        ),
        (
            "api-contacts",
            operations(&api_contacts::routes().into_openapi()),
        ),
        (
            "api-sending",
            operations(&api_sending::routes().into_openapi()),
        ),
    ])
}

/// (binary, method, path) of every HttpApi event in the template, `$default` excluded.
fn template_routes() -> BTreeMap<String, RouteSet> {
    let mut routes: BTreeMap<String, RouteSet> = BTreeMap::new();
    let template = template();
    let resources = template["Resources"].as_object().expect("Resources");
    for resource in resources.values() {
        if resource["Type"] != "AWS::Serverless::Function" {
            continue;
        }
        let binary = resource["Metadata"]["BuildProperties"]["Binary"]
            .as_str()
            .expect("every function names its binary")
            .to_owned();
        let Some(events) = resource["Properties"]["Events"].as_object() else {
            continue;
        };
        for event in events.values() {
            if event["Type"] != "HttpApi" {
                continue;
            }
            let path = event["Properties"]["Path"]
                .as_str()
                .expect("Path")
                .to_owned();
            let method = event["Properties"]["Method"]
                .as_str()
                .expect("Method")
                .to_uppercase();
            if path == "$default" {
                continue;
            }
            routes
                .entry(binary.clone())
                .or_default()
                .insert((method, path));
        }
    }
    routes
}

#[test]
fn every_template_route_is_served_and_every_served_route_is_in_the_template() {
    let template = template_routes();
    let served = served();
    let template_functions: BTreeSet<_> = template.keys().map(String::as_str).collect();
    let served_functions: BTreeSet<_> = served.keys().copied().collect();
    assert_eq!(
        template_functions, served_functions,
        "HTTP functions differ"
    );
    for (function, routes) in &served {
        assert_eq!(
            &template[*function], routes,
            "routes of {function} differ from template.yaml"
        );
    }
}

#[test]
fn the_default_route_goes_to_api_health() {
    let template = template();
    let fallback = template["Resources"]["ApiHealthFunction"]["Properties"]["Events"]["Fallback"]["Properties"].clone();
    assert_eq!(fallback["Path"], "$default");
}

#[test]
fn openapi_documents_every_served_route() {
    let document: serde_json::Value =
        serde_json::from_str(api_health::openapi::DOCUMENT).expect("the committed document");
    assert!(
        document["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1"))
    );
    let mut documented = RouteSet::new();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("path item").keys() {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                documented.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    let served: RouteSet = served().into_values().flatten().collect();
    assert_eq!(documented, served, "OpenAPI and the served routes differ");
}

/// Every API function has one sample event per operation in `events/<function>/`, named for
/// the operation (`create_job` → `create-job.json`), and no other; api-health's fallback (the
/// gateway's `$default` route) has one more, `unknown-route.json`.
#[test]
fn every_operation_has_a_sample_event_named_for_it() {
    let documents = [
        ("api-auth", api_auth::routes().into_openapi()),
        ("api-workspace", api_workspace::routes().into_openapi()),
        ("api-matching", api_matching::routes().into_openapi()),
        ("api-health", api_health::routes().into_openapi()),
        ("api-contacts", api_contacts::routes().into_openapi()),
        ("api-sending", api_sending::routes().into_openapi()),
    ];
    for (function, document) in documents {
        let mut expected: BTreeSet<String> = shared::web::each_operation(&document)
            .into_iter()
            .map(|(_, _, operation)| {
                let id = operation.operation_id.as_deref();
                id.expect("every operation has an id").replace('_', "-")
            })
            .collect();
        if function == "api-health" {
            expected.insert("unknown-route".to_owned());
        }
        let samples: BTreeSet<String> =
            std::fs::read_dir(integration_tests::repo_root().join("events").join(function))
                .expect("events/<function>")
                .filter_map(|entry| entry.ok())
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .map(|name| name.strip_suffix(".json").unwrap_or(&name).to_owned())
                .collect();
        assert_eq!(samples, expected, "events/{function}");
    }
}
