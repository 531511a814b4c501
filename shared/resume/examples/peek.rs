//! Prints what the parser makes of a file, and with `--text` the text it read first:
//! `cargo run -p resume --example peek -- [--text] resume.pdf`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_text = args.iter().any(|arg| arg == "--text");
    let path = args.iter().find(|arg| *arg != "--text").expect("a file");
    let bytes = std::fs::read(path).expect("read");
    if show_text {
        println!("{}\n----", resume::extract_text(&bytes).expect("text"));
    }
    let parsed = resume::parse_document(&bytes).expect("parse");
    println!("{}", serde_json::to_string_pretty(&parsed).expect("json"));
}
