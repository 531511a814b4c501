//! The workspace's one structural rule: a function depends on `shared/` crates only, never on
//! another function, so each Lambda links what it uses and no more.

use std::process::Command;

#[test]
fn no_function_depends_on_another_function() {
    let output = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--no-deps",
            "--format-version",
            "1",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata is JSON");
    let packages = metadata["packages"].as_array().expect("packages");
    let is_function = |manifest: &str| manifest.contains("/functions/");
    let functions: Vec<&str> = packages
        .iter()
        .filter(|package| is_function(package["manifest_path"].as_str().unwrap_or_default()))
        .filter_map(|package| package["name"].as_str())
        .collect();
    assert!(functions.len() >= 10, "found functions: {functions:?}");
    let mut crossings = Vec::new();
    for package in packages {
        if !is_function(package["manifest_path"].as_str().unwrap_or_default()) {
            continue;
        }
        for dependency in package["dependencies"].as_array().into_iter().flatten() {
            let name = dependency["name"].as_str().unwrap_or_default();
            if functions.contains(&name) {
                crossings.push(format!("{} -> {name}", package["name"]));
            }
        }
    }
    assert!(
        crossings.is_empty(),
        "functions depending on functions (move what they share into shared/): {crossings:?}"
    );
}
