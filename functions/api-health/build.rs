//! Gzips the committed `openapi.json` into `OUT_DIR`, so `GET /openapi.json` can answer a client
//! that accepts gzip with about a tenth of the bytes, compressed once here rather than at every
//! cold start.

use std::io::Write;

fn main() {
    let document = "../../openapi.json";
    println!("cargo::rerun-if-changed={document}");
    let text = std::fs::read(document).expect("the committed openapi.json");
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&text).expect("gzip in memory");
    let gzipped = encoder.finish().expect("gzip in memory");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{out}/openapi.json.gz"), gzipped).expect("write the gzipped document");
}
