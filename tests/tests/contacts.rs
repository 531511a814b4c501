//! Contacts, CSV import and export, verification and suppressions — in process, against the real
//! Postgres, the AWS emulator and a real DNS server (dnsmasq with `local/dnsmasq.conf`) on
//! loopback.

use std::collections::BTreeSet;
use std::net::{SocketAddr, TcpStream, UdpSocket};
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use integration_tests::*;
use serde_json::{Value, json};
use uuid::Uuid;

struct App {
    stack: TestStack,
    api: Api,
    verify_queue: String,
    bucket: String,
}

async fn app() -> App {
    let stack = TestStack::new().await;
    let (verify_queue, _dlq) = stack.queue().await;
    let bucket = stack.bucket().await;
    let state = api_contacts::AppState::build(api_contacts::Config {
        api: stack.api_config(),
        verify_queue_url: verify_queue.clone(),
        uploads_bucket: bucket.clone(),
    })
    .await
    .expect("api-contacts state");
    let api = Api::new(api_contacts::app(Arc::new(state)).0);
    App {
        stack,
        api,
        verify_queue,
        bucket,
    }
}

impl App {
    async fn call(&self, method: &str, path: &str, user: &User, body: Option<Value>) -> Answer {
        self.api.call(method, path, Some(&user.token), body).await
    }

    /// The import worker of `queue_url`, as its `main` builds it.
    async fn import_worker(&self, queue_url: &str) -> contact_import::State {
        contact_import::State::build(contact_import::Config {
            database: self.stack.database.clone(),
            queue_url: queue_url.to_owned(),
        })
        .await
        .expect("contact-import state")
    }

    /// The verify worker of this app's queue, as its `main` builds it, asking `dns_resolver`.
    async fn verify_worker(&self, dns_resolver: SocketAddr) -> verify_worker::State {
        verify_worker::State::build(verify_worker::Config {
            database: self.stack.database.clone(),
            queue_url: self.verify_queue.clone(),
            dns_resolver: Some(dns_resolver),
        })
        .await
        .expect("verify-worker state")
    }

    /// A GET with query parameters as API Gateway delivers them: decoded, spaces and all.
    async fn get_with(&self, path: &str, user: &User, params: &[(&str, &str)]) -> Answer {
        let mut event = api_event("GET", path, Some(&user.token), None);
        let query: serde_json::Map<String, Value> = params
            .iter()
            .map(|(key, value)| ((*key).to_owned(), Value::from(*value)))
            .collect();
        event["rawQueryString"] = Value::from(
            params
                .iter()
                .map(|(key, value)| {
                    format!("{key}={}", value.replace('%', "%25").replace(' ', "%20"))
                })
                .collect::<Vec<_>>()
                .join("&"),
        );
        event["queryStringParameters"] = Value::Object(query);
        self.api.send(event).await
    }

    async fn import_csv(&self, user: &User, csv: &str) -> Answer {
        let mut event = api_event("POST", "/contacts/import", Some(&user.token), Some(csv));
        event["headers"]["content-type"] = Value::from("text/csv");
        self.api.send(event).await
    }

    async fn export(&self, user: &User) -> String {
        let response = self
            .api
            .respond(api_event(
                "GET",
                "/contacts/export",
                Some(&user.token),
                None,
            ))
            .await;
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.headers()["content-type"],
            "text/csv; charset=utf-8"
        );
        match response.body() {
            lambda_http::Body::Text(text) => text.clone(),
            other => panic!("export is text, got {other:?}"),
        }
    }

    async fn create(&self, user: &User, body: Value) -> Value {
        let created = self.call("POST", "/contacts", user, Some(body)).await;
        assert_eq!(created.status, 201, "{}", created.body);
        created.body
    }

    async fn count(&self, sql: &str, user: &User) -> i64 {
        self.stack.count(sql, &[&user.id]).await
    }

    /// How many rows of each of the user's tables exist: what "nothing changed" compares.
    async fn footprint(&self, user: &User) -> Vec<i64> {
        let mut counts = Vec::new();
        for sql in [
            "SELECT count(*) FROM contacts WHERE user_id = $1",
            "SELECT count(*) FROM contacts WHERE user_id = $1 AND verification_status <> 'unverified'",
            "SELECT count(*) FROM suppressions WHERE user_id = $1",
            "SELECT count(*) FROM contact_imports WHERE user_id = $1",
            "SELECT count(*) FROM audit_log WHERE user_id = $1",
            "SELECT coalesce(sum(hashtext(c::text)), 0)::bigint FROM contacts c WHERE user_id = $1",
        ] {
            counts.push(self.count(sql, user).await);
        }
        counts
    }
}

fn sorted_lines(csv: &str) -> BTreeSet<String> {
    csv.lines().skip(1).map(str::to_owned).collect()
}

// ------------------------------------------------------------------ CSV

const ACCEPTANCE_CSV: &str = "\
First Name,Last Name,Email Address,Company Name,Job Title,Time Zone,Tags\r\n\
Ada,Lovelace,ada@example.test,Analytical Engines,Founder,Europe/London,vip;founders\r\n\
Grace,Hopper,grace@example.test,US Navy,Rear Admiral,america/new_york,\r\n\
,,ADA@EXAMPLE.TEST,,Countess,,speaker\r\n\
Alan,Turing,alan@@example.test,Bletchley Park,,,\r\n\
Linus,Torvalds,linus@example.test,Linux Foundation,,Mars/Olympus,\r\n\
Evil,Formula,evil@example.test,\"=HYPERLINK(\"\"http://x.test\"\",\"\"click\"\")\",,,\r\n\
Existing,Person,existing@example.test,New Co,,,\r\n\
Same,Person,same@example.test,,,,\r\n";

#[tokio::test]
async fn csv_import_gives_the_exact_report_and_the_export_round_trips() {
    let app = app().await;
    let user = app.stack.user().await;
    app.create(
        &user,
        json!({"email": "existing@example.test", "first_name": "Existing", "last_name": "Person", "company": "Old Co"}),
    )
    .await;
    app.create(
        &user,
        json!({"email": "same@example.test", "first_name": "Same", "last_name": "Person"}),
    )
    .await;

    let imported = app.import_csv(&user, ACCEPTANCE_CSV).await;

    assert_eq!(imported.status, 200, "{}", imported.body);
    assert_eq!(
        imported.body,
        json!({
            "created": 3,
            "updated": 1,
            "skipped": 2,
            "errors": [
                {"row": 5, "message": "email: is not an email address"},
                {"row": 6, "message": "timezone: `Mars/Olympus` is not an IANA time zone name such as Europe/Paris"}
            ]
        })
    );
    let listed = app.call("GET", "/contacts?q=ada", &user, None).await;
    let ada = &listed.body["items"][0];
    assert_eq!(ada["email"], "ada@example.test", "first spelling kept");
    assert_eq!(ada["first_name"], "Ada", "an empty cell does not erase");
    assert_eq!(ada["title"], "Countess", "the duplicate row merged in");
    assert_eq!(ada["tags"], json!(["vip", "founders", "speaker"]));
    let grace = app.call("GET", "/contacts?q=grace", &user, None).await;
    assert_eq!(grace.body["items"][0]["timezone"], "America/New_York");
    let existing = app.call("GET", "/contacts?q=existing", &user, None).await;
    assert_eq!(existing.body["items"][0]["company"], "New Co");

    let exported = app.export(&user).await;
    let header = exported.lines().next().expect("header");
    assert_eq!(
        header,
        "email,first_name,last_name,title,company,linkedin_url,timezone,tags,verification_status"
    );
    assert!(
        exported.contains("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"click\"\")\""),
        "formula neutralised: {exported}"
    );
    for line in exported.lines() {
        for cell in line.split(',') {
            assert!(
                !cell
                    .trim_start_matches('"')
                    .starts_with(['=', '+', '-', '@']),
                "live formula in {line}"
            );
        }
    }

    // Into another account: the same contacts, cell for cell.
    let other = app.stack.user().await;
    let reimported = app.import_csv(&other, &exported).await;
    assert_eq!(
        reimported.body,
        json!({"created": 5, "updated": 0, "skipped": 0, "errors": []})
    );
    assert_eq!(
        sorted_lines(&app.export(&other).await),
        sorted_lines(&exported)
    );
    let evil = app.call("GET", "/contacts?q=evil", &other, None).await;
    assert_eq!(
        evil.body["items"][0]["company"], "=HYPERLINK(\"http://x.test\",\"click\")",
        "the apostrophe of the export is not imported"
    );
    // Into the same account: nothing changes.
    let again = app.import_csv(&user, &exported).await;
    assert_eq!(
        again.body,
        json!({"created": 0, "updated": 0, "skipped": 5, "errors": []})
    );
}

#[tokio::test]
async fn multipart_uploads_import_the_file_part() {
    let app = app().await;
    let user = app.stack.user().await;
    let body = "--B0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n\
                Content-Type: text/csv\r\n\r\nEmail,Name\r\nkate@example.test,Kate Johnson\r\n--B0undary--\r\n";
    let mut event = api_event("POST", "/contacts/import", Some(&user.token), Some(body));
    event["headers"]["content-type"] = Value::from("multipart/form-data; boundary=B0undary");
    let imported = app.api.send(event).await;
    assert_eq!(imported.body["created"], 1, "{}", imported.body);
    let kate = app.call("GET", "/contacts?q=kate", &user, None).await;
    assert_eq!(kate.body["items"][0]["last_name"], "Johnson");
}

/// 100,000 rows through the presigned upload, the S3 notification and the import worker. The
/// elapsed time is printed for the record (run with `--nocapture`), never asserted.
#[tokio::test]
async fn large_imports_go_through_a_presigned_upload_and_the_worker() {
    let app = app().await;
    let user = app.stack.user().await;
    let (import_queue, _dlq) = app.stack.queue().await;
    notify_queue_of_objects(&app.stack.aws, &app.bucket, &import_queue, "imports/").await;
    let worker = app.import_worker(&import_queue).await;
    let rows = 100_000;
    let mut csv = String::from("email,first_name,company,tags\n");
    for n in 0..rows {
        csv.push_str(&format!(
            "person{n}@company{}.test,Person {n},Company {},bulk\n",
            n % 300,
            n % 300
        ));
    }
    csv.push_str("broken-address,Nobody,,\n");

    let started = app
        .call(
            "POST",
            "/contacts/import-url",
            &user,
            Some(json!({"filename": "big.csv", "size_bytes": csv.len()})),
        )
        .await;
    assert_eq!(started.status, 201, "{}", started.body);
    let import_id = started.body["import_id"].as_str().expect("id").to_owned();
    let upload = &started.body["upload"];
    assert_eq!(upload["headers"]["content-type"], "text/csv");
    let put = reqwest::Client::new()
        .put(upload["url"].as_str().expect("url"))
        .header("content-type", "text/csv")
        .body(csv.clone())
        .send()
        .await
        .expect("upload");
    assert!(put.status().is_success(), "{}", put.status());

    let clock = Instant::now();
    let mut handled = 0;
    for _ in 0..10 {
        let event = receive_as_event(&app.stack.aws, &import_queue).await;
        if event.records.is_empty() {
            if handled > 0 {
                break;
            }
            continue;
        }
        handled += event.records.len();
        let outcome = contact_import::handle_batch(&worker, event).await;
        assert!(outcome.batch_item_failures.is_empty(), "worker failed");
    }
    eprintln!("worker import of {rows} rows: {:?}", clock.elapsed());

    let status = app
        .call(
            "GET",
            &format!("/contacts/imports/{import_id}"),
            &user,
            None,
        )
        .await;
    assert_eq!(status.body["status"], "done", "{}", status.body);
    assert_eq!(
        status.body["report"],
        json!({"created": rows, "updated": 0, "skipped": 0,
               "errors": [{"row": rows + 2, "message": "email: is not an email address"}]})
    );
    assert_eq!(
        app.count("SELECT count(*) FROM contacts WHERE user_id = $1", &user)
            .await,
        rows as i64
    );
}

/// What S3 does in AWS (template.yaml: UploadsBucket → ContactImportQueue for `imports/`).
#[tokio::test]
async fn import_worker_samples_acknowledge_foreign_and_test_events() {
    let app = app().await;
    let (import_queue, _dlq) = app.stack.queue().await;
    let worker = app.import_worker(&import_queue).await;
    for sample in [
        "contact-import/object-created.json",
        "contact-import/s3-test-event.json",
    ] {
        let event = serde_json::from_value(event_json(sample)).expect("sqs event");
        let outcome = contact_import::handle_batch(&worker, event).await;
        assert!(outcome.batch_item_failures.is_empty(), "{sample}");
    }
    let mut poison = event_json("contact-import/object-created.json");
    poison["Records"][0]["body"] = Value::from("{not json");
    let outcome =
        contact_import::handle_batch(&worker, serde_json::from_value(poison).expect("event")).await;
    assert_eq!(
        outcome.batch_item_failures.len(),
        1,
        "poison goes to the DLQ"
    );
}

// ------------------------------------------------------------------ contacts

#[tokio::test]
async fn contacts_crud_with_filters_and_pagination() {
    let app = app().await;
    let user = app.stack.user().await;
    let ada = app
        .create(
            &user,
            json!({"email": "Ada@Example.TEST", "first_name": "Ada", "company": "Engines Ltd",
                   "timezone": "europe/london", "tags": ["vip", " founders ", "vip"]}),
        )
        .await;
    assert_eq!(ada["email"], "Ada@example.test");
    assert_eq!(ada["timezone"], "Europe/London");
    assert_eq!(ada["tags"], json!(["vip", "founders"]));
    assert_eq!(
        ada["verification"],
        json!({"status": "unverified", "reason": null, "checked_at": null})
    );
    let grace = app
        .create(
            &user,
            json!({"email": "grace@example.test", "company": "engines ltd", "tags": ["navy"]}),
        )
        .await;
    app.create(
        &user,
        json!({"email": "alan@example.test", "title": "Code breaker 100%"}),
    )
    .await;

    let duplicate = app
        .call(
            "POST",
            "/contacts",
            &user,
            Some(json!({"email": "ADA@example.test"})),
        )
        .await;
    assert_problem(&duplicate, 409);

    let emails = |answer: &Answer| -> Vec<String> {
        answer.body["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|item| item["email"].as_str().unwrap_or_default().to_lowercase())
            .collect()
    };
    let by_tag = app.call("GET", "/contacts?tag=vip", &user, None).await;
    assert_eq!(emails(&by_tag), ["ada@example.test"]);
    let by_company = app
        .get_with("/contacts", &user, &[("company", "ENGINES LTD")])
        .await;
    assert_eq!(
        emails(&by_company),
        ["grace@example.test", "ada@example.test"]
    );
    let by_q = app.get_with("/contacts", &user, &[("q", "100%")]).await;
    assert_eq!(emails(&by_q), ["alan@example.test"], "% matches itself");
    let by_status = app
        .call("GET", "/contacts?status=unverified&limit=2", &user, None)
        .await;
    assert_eq!(by_status.body["items"].as_array().map(Vec::len), Some(2));
    let cursor = by_status.body["next_cursor"].as_str().expect("more pages");
    let rest = app
        .call(
            "GET",
            &format!("/contacts?status=unverified&limit=2&cursor={cursor}"),
            &user,
            None,
        )
        .await;
    assert_eq!(emails(&rest), ["ada@example.test"]);
    assert_eq!(rest.body["next_cursor"], Value::Null);

    let ada_path = format!("/contacts/{}", ada["id"].as_str().expect("id"));
    let client = app.stack.db().await;
    client
        .execute(
            "UPDATE contacts SET verification_status = 'valid', verification_reason = 'ok' WHERE email = 'ada@example.test'",
            &[],
        )
        .await
        .expect("mark verified");
    let recased = app
        .call(
            "PATCH",
            &ada_path,
            &user,
            Some(json!({"email": "ada@EXAMPLE.test", "first_name": null})),
        )
        .await;
    assert_eq!(recased.status, 200, "{}", recased.body);
    assert_eq!(recased.body["first_name"], Value::Null);
    assert_eq!(
        recased.body["company"], "Engines Ltd",
        "absent fields are kept"
    );
    assert_eq!(
        recased.body["verification"]["status"], "valid",
        "same mailbox"
    );
    let moved = app
        .call(
            "PATCH",
            &ada_path,
            &user,
            Some(json!({"email": "countess@example.test", "tags": []})),
        )
        .await;
    assert_eq!(
        moved.body["verification"]["status"], "unverified",
        "new mailbox"
    );
    assert_eq!(moved.body["tags"], json!([]));
    let taken = app
        .call(
            "PATCH",
            &ada_path,
            &user,
            Some(json!({"email": "GRACE@example.test"})),
        )
        .await;
    assert_problem(&taken, 409);

    let got = app.call("GET", &ada_path, &user, None).await;
    assert_eq!(got.body["email"], "countess@example.test");
    let deleted = app.call("DELETE", &ada_path, &user, None).await;
    assert_eq!(deleted.status, 204);
    assert_problem(&app.call("GET", &ada_path, &user, None).await, 404);
    assert_problem(&app.call("DELETE", &ada_path, &user, None).await, 404);
    let _ = grace;
}

// ------------------------------------------------------------------ suppressions

#[tokio::test]
async fn suppression_list_crud() {
    let app = app().await;
    let user = app.stack.user().await;
    let added = app
        .call(
            "POST",
            "/suppressions",
            &user,
            Some(json!({"email": "Foo@Example.test", "detail": "asked"})),
        )
        .await;
    assert_eq!(added.status, 201, "{}", added.body);
    assert_eq!(added.body["reason"], "manual");
    assert_eq!(added.body["email"], "Foo@example.test");
    let again = app
        .call(
            "POST",
            "/suppressions",
            &user,
            Some(json!({"email": "foo@example.TEST", "reason": "manual"})),
        )
        .await;
    assert_eq!(again.status, 200, "already suppressed: {}", again.body);
    assert_eq!(again.body["detail"], "asked");
    app.call(
        "POST",
        "/suppressions",
        &user,
        Some(json!({"email": "bar@example.test"})),
    )
    .await;
    let client = app.stack.db().await;
    client
        .execute(
            "INSERT INTO suppressions (user_id, email, reason) VALUES ($1, 'angry@example.test', 'complaint')",
            &[&user.id],
        )
        .await
        .expect("complaint");

    let first = app.call("GET", "/suppressions?limit=2", &user, None).await;
    assert_eq!(first.body["items"].as_array().map(Vec::len), Some(2));
    let cursor = first.body["next_cursor"].as_str().expect("more");
    let second = app
        .call(
            "GET",
            &format!("/suppressions?limit=2&cursor={cursor}"),
            &user,
            None,
        )
        .await;
    assert_eq!(second.body["items"].as_array().map(Vec::len), Some(1));

    let complaint = app
        .call("DELETE", "/suppressions/angry%40example.test", &user, None)
        .await;
    assert_problem(&complaint, 409);
    let removed = app
        .call("DELETE", "/suppressions/FOO%40example.test", &user, None)
        .await;
    assert_eq!(removed.status, 204);
    assert_problem(
        &app.call("DELETE", "/suppressions/foo%40example.test", &user, None)
            .await,
        404,
    );
    let left = app.call("GET", "/suppressions", &user, None).await;
    let emails: Vec<_> = left.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| item["email"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(emails, ["angry@example.test", "bar@example.test"]);
}

// ------------------------------------------------------------------ verification

/// dnsmasq serving `local/dnsmasq.conf` on a free loopback port, with `timeout.test` forwarded
/// to a socket that never answers, as the local stack runs it.
struct DnsServer {
    address: SocketAddr,
    _blackhole: UdpSocket,
    _process: tokio::process::Child,
}

async fn dns_server() -> DnsServer {
    let blackhole = UdpSocket::bind("127.0.0.1:0").expect("blackhole socket");
    let blackhole_port = blackhole.local_addr().expect("address").port();
    // dnsmasq needs the port free for UDP and TCP alike, and another test's connection can take
    // it between our check and dnsmasq's bind: a dnsmasq that exits at once gets another port.
    for _ in 0..5 {
        let port = free_udp_and_tcp_port();
        let mut process = tokio::process::Command::new("dnsmasq")
            .arg("--keep-in-foreground")
            .arg(format!(
                "--conf-file={}",
                repo_root().join("local/dnsmasq.conf").display()
            ))
            .arg(format!("--port={port}"))
            .arg(format!("--server=/timeout.test/127.0.0.1#{blackhole_port}"))
            .arg("--pid-file=")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("dnsmasq is installed (scripts install dnsmasq-base)");
        let address = SocketAddr::from(([127, 0, 0, 1], port));
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while tokio::time::Instant::now() < deadline {
            if TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_ok() {
                return DnsServer {
                    address,
                    _blackhole: blackhole,
                    _process: process,
                };
            }
            if process.try_wait().ok().flatten().is_some() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    panic!("dnsmasq did not start on any of 5 loopback ports");
}

/// A loopback port that is free for both UDP and TCP right now.
fn free_udp_and_tcp_port() -> u16 {
    loop {
        let udp = UdpSocket::bind("127.0.0.1:0").expect("free UDP port");
        let port = udp.local_addr().expect("address").port();
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

#[tokio::test]
async fn verification_settles_every_contact_against_a_real_dns_server() {
    let app = app().await;
    let dns = dns_server().await;
    let worker = app.verify_worker(dns.address).await;
    let user = app.stack.user().await;
    let stranger = app.stack.user().await;
    let expected = [
        (
            "success@simulator.amazonses.com",
            "valid",
            "mail server found (MX)",
        ),
        (
            "bounce@simulator.amazonses.com",
            "valid",
            "mail server found (MX)",
        ),
        ("jane@example.test", "valid", "mail server found (MX)"),
        (
            "jane@aonly.test",
            "valid",
            "mail server found (A/AAAA fallback, no MX)",
        ),
        (
            "temp@mailinator.com",
            "risky",
            "disposable domain (mailinator.com)",
        ),
        ("info@example.test", "risky", "role account (info@)"),
        (
            "jane@nullmx.test",
            "invalid",
            "domain accepts no mail (null MX, RFC 7505)",
        ),
        (
            "jane@nowhere.test",
            "invalid",
            "domain does not exist (NXDOMAIN)",
        ),
        ("jane@slow.timeout.test", "unknown", "DNS lookup timed out"),
    ];
    let mut ids = Vec::new();
    for (email, _, _) in expected {
        let contact = app.create(&user, json!({"email": email})).await;
        ids.push(contact["id"].as_str().expect("id").to_owned());
    }
    let strangers = app
        .create(&stranger, json!({"email": "private@example.test"}))
        .await;
    let nobody = Uuid::new_v4().to_string();
    let mut requested = ids.clone();
    requested.push(strangers["id"].as_str().expect("id").to_owned());
    requested.push(nobody.clone());

    let accepted = app
        .call(
            "POST",
            "/contacts/verify",
            &user,
            Some(json!({"contact_ids": requested})),
        )
        .await;

    assert_eq!(accepted.status, 202, "{}", accepted.body);
    assert_eq!(accepted.body["queued"], expected.len());
    let skipped: BTreeSet<_> = accepted.body["skipped"]
        .as_array()
        .expect("skipped")
        .iter()
        .map(|skip| {
            (
                skip["contact_id"].as_str().unwrap_or_default().to_owned(),
                skip["reason"].to_string(),
            )
        })
        .collect();
    assert_eq!(
        skipped,
        BTreeSet::from([
            (
                strangers["id"].as_str().unwrap_or_default().to_owned(),
                "\"not_found\"".to_owned()
            ),
            (nobody, "\"not_found\"".to_owned()),
        ])
    );
    let pending = app
        .call("GET", &format!("/contacts/{}", ids[0]), &user, None)
        .await;
    assert_eq!(pending.body["verification"]["status"], "pending");

    let mut event = receive_as_event(&app.stack.aws, &app.verify_queue).await;
    for _ in 0..5 {
        if !event.records.is_empty() {
            break;
        }
        event = receive_as_event(&app.stack.aws, &app.verify_queue).await;
    }
    assert_eq!(event.records.len(), 1, "one job of nine contacts");
    let outcome = verify_worker::handle_batch(&worker, event.clone()).await;
    assert!(outcome.batch_item_failures.is_empty());

    for ((email, status, reason), id) in expected.iter().zip(&ids) {
        let contact = app
            .call("GET", &format!("/contacts/{id}"), &user, None)
            .await;
        let verification = &contact.body["verification"];
        assert_eq!(
            (
                verification["status"].as_str(),
                verification["reason"].as_str()
            ),
            (Some(*status), Some(*reason)),
            "{email}"
        );
        assert!(verification["checked_at"].is_string(), "{email}");
    }
    let stranger_contact = app
        .call(
            "GET",
            &format!("/contacts/{}", strangers["id"].as_str().unwrap_or_default()),
            &stranger,
            None,
        )
        .await;
    assert_eq!(
        stranger_contact.body["verification"]["status"],
        "unverified"
    );
    let usage = "SELECT count(*) FROM usage_events WHERE user_id = $1 AND kind = 'verification'";
    assert_eq!(app.count(usage, &user).await, expected.len() as i64);

    // SQS delivers at least once: a repeat settles nothing and counts nothing.
    let repeat = verify_worker::handle_batch(&worker, event).await;
    assert!(repeat.batch_item_failures.is_empty());
    assert_eq!(app.count(usage, &user).await, expected.len() as i64);
    assert_eq!(app.count(usage, &stranger).await, 0);
}

#[tokio::test]
async fn verify_worker_samples_and_poison() {
    let app = app().await;
    let worker = app
        .verify_worker(SocketAddr::from(([127, 0, 0, 1], 9)))
        .await;
    let sample = event_json("verify-worker/verify-job.json");
    let outcome = verify_worker::handle_batch(
        &worker,
        serde_json::from_value(sample.clone()).expect("event"),
    )
    .await;
    assert!(
        outcome.batch_item_failures.is_empty(),
        "no such pending contacts: acknowledged"
    );
    let mut poison = sample;
    poison["Records"][0]["body"] = Value::from("{\"user_id\": 1}");
    let outcome =
        verify_worker::handle_batch(&worker, serde_json::from_value(poison).expect("event")).await;
    assert_eq!(outcome.batch_item_failures.len(), 1);
}

#[tokio::test]
async fn the_monthly_verification_quota_is_enforced() {
    let app = app().await;
    let user = app.stack.user().await;
    let contact = app
        .create(&user, json!({"email": "jane@example.test"}))
        .await;
    record_usage(&app.stack.pool, user.id, "verification", 3000).await;
    let over = app
        .call(
            "POST",
            "/contacts/verify",
            &user,
            Some(json!({"contact_ids": [contact["id"]]})),
        )
        .await;
    assert_problem(&over, 429);
    assert!(over.headers.contains_key("retry-after"));
    let unchanged = app
        .call(
            "GET",
            &format!("/contacts/{}", contact["id"].as_str().unwrap_or_default()),
            &user,
            None,
        )
        .await;
    assert_eq!(unchanged.body["verification"]["status"], "unverified");
}

// ------------------------------------------------------------------ isolation and bad input

/// Every route that names an object, called by someone else: 404 (or skipped), and the owner's
/// data unchanged.
#[tokio::test]
async fn no_route_reaches_another_users_contacts_imports_or_suppressions() {
    let app = app().await;
    let owner = app.stack.user().await;
    let intruder = app.stack.user().await;
    let contact = app
        .create(
            &owner,
            json!({"email": "secret@example.test", "company": "Secret Co", "tags": ["private"]}),
        )
        .await;
    let contact_id = contact["id"].as_str().expect("id").to_owned();
    let upload = app
        .call(
            "POST",
            "/contacts/import-url",
            &owner,
            Some(json!({"filename": "a.csv", "size_bytes": 10})),
        )
        .await;
    let import_id = upload.body["import_id"]
        .as_str()
        .expect("import")
        .to_owned();
    app.call(
        "POST",
        "/suppressions",
        &owner,
        Some(json!({"email": "hidden@example.test"})),
    )
    .await;
    let before = app.footprint(&owner).await;

    let contact_path = format!("/contacts/{contact_id}");
    let cases: Vec<(&str, String, Option<Value>)> = vec![
        ("GET", contact_path.clone(), None),
        (
            "PATCH",
            contact_path.clone(),
            Some(json!({"company": "Mine now"})),
        ),
        ("DELETE", contact_path.clone(), None),
        ("GET", format!("/contacts/imports/{import_id}"), None),
        (
            "DELETE",
            "/suppressions/hidden%40example.test".to_owned(),
            None,
        ),
    ];
    for (method, path, body) in cases {
        let answer = app.call(method, &path, &intruder, body).await;
        assert_problem(&answer, 404);
        assert!(
            !answer.body.to_string().contains("secret@"),
            "{method} {path} leaked"
        );
    }
    let verify = app
        .call(
            "POST",
            "/contacts/verify",
            &intruder,
            Some(json!({"contact_ids": [contact_id]})),
        )
        .await;
    assert_eq!(verify.status, 202);
    assert_eq!(verify.body["queued"], 0);
    assert_eq!(verify.body["skipped"][0]["reason"], "not_found");
    // Same address, other account: allowed, and it stays the intruder's own.
    let same_address = app
        .call(
            "POST",
            "/contacts",
            &intruder,
            Some(json!({"email": "secret@example.test"})),
        )
        .await;
    assert_eq!(same_address.status, 201);
    let lists: [(&str, &[(&str, &str)]); 5] = [
        ("/contacts", &[]),
        ("/contacts", &[("tag", "private")]),
        ("/contacts", &[("company", "Secret Co")]),
        ("/contacts", &[("q", "secret")]),
        ("/suppressions", &[]),
    ];
    for (path, params) in lists {
        let answer = app.get_with(path, &intruder, params).await;
        assert_eq!(answer.status, 200, "{path}");
        assert!(
            !answer.body.to_string().contains("Secret Co"),
            "{path} leaked"
        );
        assert!(
            !answer.body.to_string().contains("hidden@"),
            "{path} leaked"
        );
    }
    let export = app.export(&intruder).await;
    assert!(!export.contains("Secret Co") && !export.contains("private"));

    assert_eq!(app.footprint(&owner).await, before, "owner's data changed");
}

#[tokio::test]
async fn bad_input_on_every_route_is_a_problem_document_and_changes_nothing() {
    let app = app().await;
    let user = app.stack.user().await;
    let contact = app
        .create(&user, json!({"email": "kept@example.test"}))
        .await;
    let contact_path = format!("/contacts/{}", contact["id"].as_str().expect("id"));
    let before = app.footprint(&user).await;
    let many_ids: Vec<String> = (0..1001).map(|_| Uuid::new_v4().to_string()).collect();
    let huge = format!("email\n{}", "x@example.test\n".repeat(300_000));

    // (method, path, content type, body, status)
    let cases: Vec<(&str, String, &str, Option<String>, u16)> = vec![
        (
            "POST",
            "/contacts".into(),
            "application/json",
            Some("{\"email\":".into()),
            400,
        ),
        (
            "POST",
            "/contacts".into(),
            "application/json",
            Some("".into()),
            400,
        ),
        (
            "POST",
            "/contacts".into(),
            "text/plain",
            Some("{}".into()),
            415,
        ),
        (
            "POST",
            "/contacts".into(),
            "application/json",
            Some("{}".into()),
            422,
        ),
        (
            "POST",
            "/contacts".into(),
            "application/json",
            Some(json!({"email": "nope"}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts".into(),
            "application/json",
            Some(json!({"email": "a@example.test", "timezone": "Mars/Base"}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts".into(),
            "application/json",
            Some(json!({"email": "a@example.test", "tags": "vip"}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts".into(),
            "application/json",
            Some(json!({"email": "a@example.test", "tags": ["a,b"]}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts".into(),
            "application/json",
            Some(json!({"email": "a@example.test", "linkedin_url": "javascript:x"}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts".into(),
            "application/json",
            Some(json!({"email": "a@example.test", "first_name": "x".repeat(201)}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts".into(),
            "application/json",
            Some(json!({"email": "a@example.test", "admin": true}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts".into(),
            "application/json",
            Some(json!({"email": "KEPT@example.test"}).to_string()),
            409,
        ),
        (
            "PUT",
            "/contacts".into(),
            "application/json",
            Some("{}".into()),
            405,
        ),
        (
            "GET",
            "/contacts?limit=0".into(),
            "application/json",
            None,
            422,
        ),
        (
            "GET",
            "/contacts?limit=abc".into(),
            "application/json",
            None,
            422,
        ),
        (
            "GET",
            "/contacts?cursor=garbage".into(),
            "application/json",
            None,
            422,
        ),
        (
            "GET",
            "/contacts?status=great".into(),
            "application/json",
            None,
            422,
        ),
        (
            "GET",
            format!("/contacts?tag={}", "t".repeat(51)),
            "application/json",
            None,
            422,
        ),
        (
            "GET",
            "/contacts/not-a-uuid".into(),
            "application/json",
            None,
            404,
        ),
        (
            "GET",
            format!("/contacts/{}", Uuid::new_v4()),
            "application/json",
            None,
            404,
        ),
        (
            "PATCH",
            contact_path.clone(),
            "application/json",
            Some("{\"title\": ".into()),
            400,
        ),
        (
            "PATCH",
            contact_path.clone(),
            "application/json",
            Some(json!({"email": null}).to_string()),
            422,
        ),
        (
            "PATCH",
            contact_path.clone(),
            "application/json",
            Some(json!({"email": "broken"}).to_string()),
            422,
        ),
        (
            "PATCH",
            contact_path.clone(),
            "application/json",
            Some(json!({"timezone": "Nowhere"}).to_string()),
            422,
        ),
        (
            "PATCH",
            contact_path.clone(),
            "application/json",
            Some(json!({"tags": [1]}).to_string()),
            422,
        ),
        (
            "PATCH",
            contact_path.clone(),
            "application/json",
            Some(json!({"verification_status": "valid"}).to_string()),
            422,
        ),
        (
            "PATCH",
            "/contacts/not-a-uuid".into(),
            "application/json",
            Some("{}".into()),
            404,
        ),
        (
            "DELETE",
            format!("/contacts/{}", Uuid::new_v4()),
            "application/json",
            None,
            404,
        ),
        ("POST", "/contacts/import".into(), "text/csv", None, 400),
        (
            "POST",
            "/contacts/import".into(),
            "application/json",
            Some(json!({"email": "a@b.test"}).to_string()),
            415,
        ),
        (
            "POST",
            "/contacts/import".into(),
            "text/csv",
            Some("name,company\nAda,Engines\n".into()),
            422,
        ),
        (
            "POST",
            "/contacts/import".into(),
            "text/csv",
            Some(huge),
            413,
        ),
        (
            "POST",
            "/contacts/import".into(),
            "multipart/form-data; boundary=x",
            Some(
                "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nhi\r\n--x--\r\n"
                    .into(),
            ),
            422,
        ),
        (
            "POST",
            "/contacts/import".into(),
            "multipart/form-data",
            Some("garbage".into()),
            400,
        ),
        (
            "GET",
            "/contacts/import".into(),
            "application/json",
            None,
            405,
        ),
        (
            "POST",
            "/contacts/import-url".into(),
            "application/json",
            Some(json!({"filename": "a.csv", "size_bytes": 0}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts/import-url".into(),
            "application/json",
            Some(json!({"filename": "a.csv", "size_bytes": 60_000_000}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts/import-url".into(),
            "application/json",
            Some(json!({"filename": "", "size_bytes": 10}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts/import-url".into(),
            "application/json",
            Some(json!({"size_bytes": 10}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts/import-url".into(),
            "application/json",
            Some("nope".into()),
            400,
        ),
        (
            "GET",
            "/contacts/imports/not-a-uuid".into(),
            "application/json",
            None,
            404,
        ),
        (
            "GET",
            format!("/contacts/imports/{}", Uuid::new_v4()),
            "application/json",
            None,
            404,
        ),
        (
            "GET",
            "/contacts/export?status=nope".into(),
            "application/json",
            None,
            422,
        ),
        (
            "POST",
            "/contacts/verify".into(),
            "application/json",
            Some(json!({"contact_ids": []}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts/verify".into(),
            "application/json",
            Some(json!({"contact_ids": ["not-a-uuid"]}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts/verify".into(),
            "application/json",
            Some(json!({"contact_ids": many_ids}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts/verify".into(),
            "application/json",
            Some(json!({}).to_string()),
            422,
        ),
        (
            "POST",
            "/contacts/verify".into(),
            "application/json",
            Some("{".into()),
            400,
        ),
        (
            "GET",
            "/suppressions?limit=201".into(),
            "application/json",
            None,
            422,
        ),
        (
            "POST",
            "/suppressions".into(),
            "application/json",
            Some(json!({"email": "not an address"}).to_string()),
            422,
        ),
        (
            "POST",
            "/suppressions".into(),
            "application/json",
            Some(json!({"email": "a@example.test", "reason": "complaint"}).to_string()),
            422,
        ),
        (
            "POST",
            "/suppressions".into(),
            "application/json",
            Some(json!({"email": "a@example.test", "detail": "d".repeat(501)}).to_string()),
            422,
        ),
        (
            "POST",
            "/suppressions".into(),
            "application/json",
            Some("]".into()),
            400,
        ),
        (
            "DELETE",
            "/suppressions/not-an-email".into(),
            "application/json",
            None,
            404,
        ),
        (
            "DELETE",
            "/suppressions/%FF%FE".into(),
            "application/json",
            None,
            404,
        ),
        (
            "DELETE",
            "/suppressions/nobody%40example.test".into(),
            "application/json",
            None,
            404,
        ),
    ];
    for (method, path, content_type, body, status) in cases {
        let mut event = api_event(method, &path, Some(&user.token), body.as_deref());
        event["headers"]["content-type"] = Value::from(content_type);
        let answer = app.api.send(event).await;
        assert_eq!(answer.status, status, "{method} {path}: {}", answer.body);
        assert_problem(&answer, status);
    }
    // Without credentials, every route is a 401 before anything else.
    for (method, path) in shared::web::operations(&api_contacts::routes().into_openapi()) {
        let path = path
            .replace("{id}", &Uuid::new_v4().to_string())
            .replace("{email}", "a%40b.test");
        let answer = app
            .api
            .send(api_event(method.as_str(), &path, None, Some("{}")))
            .await;
        assert_problem(&answer, 401);
    }
    assert_eq!(
        app.footprint(&user).await,
        before,
        "bad input changed something"
    );
}

// ------------------------------------------------------------------ samples

#[tokio::test]
async fn api_contacts_samples() {
    let app = app().await;
    let user = app.stack.user().await;
    let sample_id = "00000000-0000-4000-8000-00000000c0de";
    let contact = app
        .create(&user, json!({"email": "sample@example.test"}))
        .await;
    let contact_id = contact["id"].as_str().expect("id").to_owned();
    let client = app.stack.db().await;
    let import_id = "00000000-0000-4000-8000-0000000001d0";
    client
        .execute(
            "INSERT INTO contact_imports (id, user_id, s3_key, filename, size_bytes) VALUES ($1::text::uuid, $2, 'imports/x.csv', 'x.csv', 1)",
            &[&import_id, &user.id],
        )
        .await
        .expect("import row");
    let cases = [
        ("api-contacts/create-contact.json", 201),
        ("api-contacts/list-contacts.json", 200),
        ("api-contacts/get-contact.json", 200),
        ("api-contacts/update-contact.json", 200),
        ("api-contacts/import-contacts.json", 200),
        ("api-contacts/create-import-upload.json", 201),
        ("api-contacts/get-import.json", 200),
        ("api-contacts/export-contacts.json", 200),
        ("api-contacts/verify-contacts.json", 202),
        ("api-contacts/create-suppression.json", 201),
        ("api-contacts/list-suppressions.json", 200),
        ("api-contacts/delete-suppression.json", 204),
        ("api-contacts/delete-contact.json", 204),
    ];
    for (sample, status) in cases {
        let text = event_json(sample)
            .to_string()
            .replace(sample_id, &contact_id);
        let mut event: Value = serde_json::from_str(&text).expect("sample");
        event["headers"]["authorization"] = Value::from(format!("Bearer {}", user.token));
        let answer = app.api.send(event.clone()).await;
        assert_eq!(answer.status, status, "{sample}: {}", answer.body);
        // The sample as shipped (placeholder token) is refused, not crashed on.
        let unsigned = app.api.send(event_json(sample)).await;
        assert_problem(&unsigned, 401);
    }
}
