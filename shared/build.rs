//! Migrations are embedded at compile time; this makes cargo re-embed them when the folder
//! changes, which it would not notice on its own because no Rust file changes.
fn main() {
    println!("cargo:rerun-if-changed=../migrations");
}
