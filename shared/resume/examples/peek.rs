fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let parsed = resume::parse_document(&std::fs::read(path).expect("read")).expect("parse");
    println!("{}", serde_json::to_string_pretty(&parsed).expect("json"));
}
