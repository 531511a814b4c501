//! The seeker's workspace — preferences, resumes (S3 → SQS → parser), jobs and CSV,
//! applications (api-workspace), pain points and offers (api-matching) — in process, against the real Postgres and the AWS
//! emulator. The bucket of each test notifies its own queue, as UploadsBucket notifies
//! ResumeUploadQueue in template.yaml.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use integration_tests::*;
use serde_json::{Value, json};
use uuid::Uuid;

struct App {
    stack: TestStack,
    api: Api,
    parser: resume_parser::worker::State,
    bucket: String,
    queue: String,
}

async fn app() -> App {
    let stack = TestStack::new().await;
    let bucket = stack.bucket().await;
    let (queue, _dlq) = stack.queue().await;
    notify_queue_of_objects(&stack.aws, &bucket, &queue, "users/").await;
    let state = api_workspace::AppState::build(api_workspace::Config {
        api: stack.api_config(),
        uploads_bucket: bucket.clone(),
    })
    .await
    .expect("api-workspace state");
    let matching = api_matching::AppState::build(api_matching::Config {
        api: stack.api_config(),
    })
    .await
    .expect("api-matching state");
    // A frontend sees one API: pain points and offers are api-matching's routes.
    let api = Api::gateway(vec![
        api_workspace::app(Arc::new(state)),
        api_matching::app(Arc::new(matching)),
    ]);
    let parser = parser(stack.database.clone(), &queue).await;
    App {
        stack,
        api,
        parser,
        bucket,
        queue,
    }
}

/// The resume parser of `queue_url` on `database`, as its `main` builds it.
async fn parser(
    database: shared::config::DatabaseConfig,
    queue_url: &str,
) -> resume_parser::worker::State {
    resume_parser::worker::State::build(resume_parser::worker::Config {
        database,
        queue_url: queue_url.to_owned(),
    })
    .await
    .expect("resume-parser state")
}

/// What UploadsBucket's QueueConfigurations entry does in AWS.
fn repo_file(relative: &str) -> Vec<u8> {
    let path: PathBuf = repo_root().join(relative);
    std::fs::read(&path).unwrap_or_else(|err| panic!("read {}: {err}", path.display()))
}

fn corpus(name: &str) -> Vec<u8> {
    repo_file(&format!("shared/resume/tests/corpus/{name}"))
}

fn fixture(name: &str) -> Vec<u8> {
    repo_file(&format!("shared/resume/tests/fixtures/{name}"))
}

/// An API Gateway event whose body is raw bytes (a file), base64-encoded as the gateway does.
fn raw_event(method: &str, path: &str, token: &str, content_type: &str, bytes: &[u8]) -> Value {
    let mut event = api_event(method, path, Some(token), None);
    event["headers"]["content-type"] = json!(content_type);
    event["body"] = json!(STANDARD.encode(bytes));
    event["isBase64Encoded"] = json!(true);
    event
}

impl App {
    async fn call(&self, method: &str, path: &str, user: &User, body: Option<Value>) -> Answer {
        self.api.call(method, path, Some(&user.token), body).await
    }

    /// `POST path` of a file's bytes as `user`, as a browser uploads it.
    async fn post_file(&self, path: &str, user: &User, content_type: &str, bytes: &[u8]) -> Answer {
        let event = raw_event("POST", path, &user.token, content_type, bytes);
        self.api.send(event).await
    }

    async fn ok(&self, method: &str, path: &str, user: &User, body: Option<Value>) -> Value {
        let answer = self.call(method, path, user, body).await;
        assert!(
            (200..300).contains(&answer.status),
            "{method} {path}: {} {}",
            answer.status,
            answer.body
        );
        answer.body
    }

    /// A resume row already parsed, as the parser leaves it.
    async fn parsed_resume(&self, user: &User, parsed: &Value) -> Uuid {
        let id = Uuid::new_v4();
        let key = resume_parser::worker::object_key(user.id, id);
        self.stack
            .db()
            .await
            .execute(
                "INSERT INTO resumes (id, user_id, s3_key, content_type, size_bytes, status, \
                 parsed, parsed_at) VALUES ($1, $2, $3, 'text/plain', 1, 'parsed', $4, now())",
                &[&id, &user.id, &key, parsed],
            )
            .await
            .expect("resume");
        id
    }

    /// Does what the Lambda event source mapping does: receives what is on the queue, runs
    /// the parser on it, deletes what succeeded. Returns how many messages were handled and
    /// how many failed.
    async fn pump(&self) -> (usize, usize) {
        let event = receive_as_event(&self.stack.aws, &self.queue).await;
        let received: Vec<(String, String)> = event
            .records
            .iter()
            .map(|record| {
                (
                    record.message_id.clone().unwrap_or_default(),
                    record.receipt_handle.clone().unwrap_or_default(),
                )
            })
            .collect();
        let response = resume_parser::worker::handle_batch(&self.parser, event).await;
        let failed: Vec<&str> = response
            .batch_item_failures
            .iter()
            .map(|failure| failure.item_identifier.as_str())
            .collect();
        let sqs = shared::aws::sqs(&self.stack.aws);
        for (id, handle) in &received {
            if !failed.contains(&id.as_str()) {
                sqs.delete_message()
                    .queue_url(&self.queue)
                    .receipt_handle(handle)
                    .send()
                    .await
                    .expect("delete message");
            }
        }
        (received.len(), failed.len())
    }

    /// Pumps the queue until the caller's latest resume has left `processing`.
    async fn parse_latest(&self, user: &User) -> Value {
        eventually(Duration::from_secs(20), || async {
            let (_, failed) = self.pump().await;
            assert_eq!(failed, 0, "no message should fail");
            let resume = self.call("GET", "/resume", user, None).await;
            (resume.body["status"] != "processing").then_some(resume.body)
        })
        .await
        .expect("the upload was parsed through S3 → SQS → parser")
    }

    async fn object_exists(&self, key: &str) -> bool {
        shared::aws::s3(&self.stack.aws)
            .head_object()
            .bucket(&self.bucket)
            .key(key)
            .send()
            .await
            .is_ok()
    }

    async fn count(&self, table: &str, user: &User) -> i64 {
        let sql = match table {
            "jobs" => "SELECT count(*) FROM jobs WHERE user_id = $1",
            "applications" => "SELECT count(*) FROM applications WHERE user_id = $1",
            "application_events" => "SELECT count(*) FROM application_events WHERE user_id = $1",
            "resumes" => "SELECT count(*) FROM resumes WHERE user_id = $1",
            "pain_points" => "SELECT count(*) FROM pain_points WHERE user_id = $1",
            "offers" => "SELECT count(*) FROM offers WHERE user_id = $1",
            "job_preferences" => "SELECT count(*) FROM job_preferences WHERE user_id = $1",
            "usage_events" => {
                "SELECT count(*) FROM usage_events WHERE user_id = $1 AND kind = 'resume_parse'"
            }
            other => panic!("no count for {other}"),
        };
        self.stack.count(sql, &[&user.id]).await
    }

    /// Everything a user owns, to show that a rejected request changed nothing.
    async fn snapshot(&self, user: &User) -> Vec<i64> {
        let mut counts = Vec::new();
        for table in [
            "jobs",
            "applications",
            "application_events",
            "resumes",
            "pain_points",
            "offers",
            "job_preferences",
        ] {
            counts.push(self.count(table, user).await);
        }
        counts
    }
}

fn eval_pair(name: &str) -> (String, Value) {
    let dir = format!("shared/matching/tests/painpoints/{name}");
    let jd = String::from_utf8(repo_file(&format!("{dir}/jd.txt"))).expect("jd is text");
    let resume: Value =
        serde_json::from_slice(&repo_file(&format!("{dir}/resume.json"))).expect("resume json");
    (jd, resume)
}

/// A user with a parsed resume, a job, an application, pain points and an offer.
struct Workspace {
    resume_id: Uuid,
    job_id: Uuid,
    application_id: Uuid,
    offer: Value,
}

async fn workspace(app: &App, user: &User) -> Workspace {
    let (jd, resume) = eval_pair("02-data-engineer");
    let resume_id = app.parsed_resume(user, &resume).await;
    let job = app
        .ok(
            "POST",
            "/jobs",
            user,
            Some(
                json!({"title": "Senior Backend Engineer", "company": "Acme Pay",
                        "description": jd, "tags": ["rust"]}),
            ),
        )
        .await;
    let job_id: Uuid = serde_json::from_value(job["id"].clone()).expect("job id");
    let application = app
        .ok(
            "POST",
            "/applications",
            user,
            Some(json!({"job_id": job_id})),
        )
        .await;
    let application_id: Uuid =
        serde_json::from_value(application["id"].clone()).expect("application id");
    app.ok(
        "POST",
        "/pain-points/generate",
        user,
        Some(json!({"job_id": job_id})),
    )
    .await;
    let offer = app
        .ok(
            "POST",
            &format!("/applications/{application_id}/offer"),
            user,
            None,
        )
        .await;
    Workspace {
        resume_id,
        job_id,
        application_id,
        offer,
    }
}

// ------------------------------------------------------------------ preferences

#[tokio::test]
async fn preferences_default_save_and_name_every_bad_field() {
    let app = app().await;
    let user = app.stack.user().await;

    let unset = app.ok("GET", "/job-preferences", &user, None).await;
    assert_eq!(unset["remote"], "any");
    assert_eq!(unset["titles"], json!([]));
    assert_eq!(unset["updated_at"], Value::Null);

    let saved = app
        .ok(
            "PUT",
            "/job-preferences",
            &user,
            Some(
                json!({"titles": ["Backend Engineer", " backend engineer ", ""],
                        "locations": ["Remote"], "remote": "hybrid", "salary_min": 150000,
                        "seniority": "senior", "keywords": ["rust"]}),
            ),
        )
        .await;
    assert_eq!(saved["titles"], json!(["Backend Engineer"]));
    assert_eq!(saved["remote"], "hybrid");
    assert_eq!(saved["salary_min"], 150000);
    assert_eq!(saved["industries"], json!([]));
    let read = app.ok("GET", "/job-preferences", &user, None).await;
    assert_eq!(read, saved);

    let bad = app
        .call(
            "PUT",
            "/job-preferences",
            &user,
            Some(
                json!({"titles": "Engineer", "remote": "moon", "salary_min": -5,
                        "keywords": ["ok", 3]}),
            ),
        )
        .await;
    assert_problem(&bad, 422);
    let fields: Vec<&str> = bad.body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|error| error["field"].as_str())
        .collect();
    assert_eq!(fields, ["titles", "remote", "salary_min", "keywords"]);
    assert_eq!(app.ok("GET", "/job-preferences", &user, None).await, saved);
}

// ------------------------------------------------------------------ jobs

#[tokio::test]
async fn jobs_crud_with_filters_and_pagination() {
    let app = app().await;
    let user = app.stack.user().await;
    let mut ids = Vec::new();
    for (title, company, tags, description) in [
        (
            "Backend Engineer",
            "Acme",
            json!(["Rust", "remote"]),
            "Build payment APIs",
        ),
        (
            "Data Engineer",
            "Beta",
            json!(["python"]),
            "Own the warehouse",
        ),
        (
            "Platform Engineer",
            "acme",
            json!(["rust"]),
            "Kubernetes and 100% uptime",
        ),
    ] {
        let job = app
            .ok(
                "POST",
                "/jobs",
                &user,
                Some(json!({"title": title, "company": company, "tags": tags,
                            "description": description, "url": "https://jobs.example.com/x"})),
            )
            .await;
        ids.push(job["id"].as_str().expect("id").to_owned());
    }
    let titles = |page: &Value| -> Vec<String> {
        page["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|job| job["title"].as_str().unwrap_or_default().to_owned())
            .collect()
    };

    let all = app.ok("GET", "/jobs", &user, None).await;
    assert_eq!(
        titles(&all),
        ["Platform Engineer", "Data Engineer", "Backend Engineer"]
    );
    let rust = app.ok("GET", "/jobs?tag=RUST", &user, None).await;
    assert_eq!(titles(&rust), ["Platform Engineer", "Backend Engineer"]);
    let acme = app.ok("GET", "/jobs?company=ACME", &user, None).await;
    assert_eq!(titles(&acme), ["Platform Engineer", "Backend Engineer"]);
    let text = app.ok("GET", "/jobs?q=100%", &user, None).await;
    assert_eq!(titles(&text), ["Platform Engineer"]);
    let warehouse = app.ok("GET", "/jobs?q=WAREHOUSE", &user, None).await;
    assert_eq!(titles(&warehouse), ["Data Engineer"]);

    let first = app.ok("GET", "/jobs?limit=2", &user, None).await;
    assert_eq!(titles(&first), ["Platform Engineer", "Data Engineer"]);
    let cursor = first["next_cursor"].as_str().expect("a second page");
    let second = app
        .ok(
            "GET",
            &format!("/jobs?limit=2&cursor={cursor}"),
            &user,
            None,
        )
        .await;
    assert_eq!(titles(&second), ["Backend Engineer"]);
    assert_eq!(second["next_cursor"], Value::Null);

    let path = format!("/jobs/{}", ids[0]);
    let job = app.ok("GET", &path, &user, None).await;
    assert_eq!(job["tags"], json!(["rust", "remote"]));
    let patched = app
        .ok(
            "PATCH",
            &path,
            &user,
            Some(json!({"url": null, "location": "Berlin", "tags": []})),
        )
        .await;
    assert_eq!(patched["url"], Value::Null);
    assert_eq!(patched["location"], "Berlin");
    assert_eq!(patched["title"], "Backend Engineer");
    assert_eq!(patched["description"], "Build payment APIs");
    assert_eq!(patched["tags"], json!([]));

    let deleted = app.call("DELETE", &path, &user, None).await;
    assert_eq!(deleted.status, 204);
    assert_problem(&app.call("GET", &path, &user, None).await, 404);
    assert_problem(&app.call("DELETE", &path, &user, None).await, 404);
}

#[tokio::test]
async fn csv_import_reports_each_row_and_export_round_trips_formula_cells() {
    let app = app().await;
    let user = app.stack.user().await;
    let csv = "\u{feff}Title,Company,URL,Tags,Description,Notes\n\
               =HYPERLINK(\"http://evil.example\"),Acme,https://jobs.example.com/1,rust; remote,\"- Build APIs\n- Own Postgres\",ignored\n\
               Data Engineer,Beta,not-a-url,,,\n\
               ,,,,,\n\
               Platform Engineer,Gamma,,ops,@mention me,\n\
               Dup,Acme,https://JOBS.example.com/1,,,\n";
    let imported = app
        .post_file("/jobs/import", &user, "text/csv", csv.as_bytes())
        .await;
    assert_eq!(imported.status, 200, "{}", imported.body);
    assert_eq!(imported.body["created"], 2);
    assert_eq!(
        imported.body["skipped"], 2,
        "the blank row and the duplicate URL"
    );
    let errors = imported.body["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["row"], 3);
    assert!(
        errors[0]["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("url:"),
        "{}",
        errors[0]
    );

    let export = app.call("GET", "/jobs/export", &user, None).await;
    assert_eq!(export.status, 200);
    assert_eq!(
        export.header("content-type"),
        Some("text/csv; charset=utf-8")
    );
    let text = export.body.as_str().expect("csv text").to_owned();
    assert!(text.starts_with(
        "id,title,company,url,location,description,source,tags,created_at,updated_at\n"
    ));
    assert!(
        text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""),
        "{text}"
    );
    assert!(text.contains("'@mention me"), "{text}");
    assert!(text.contains("\"'- Build APIs\n- Own Postgres\""), "{text}");
    assert!(
        !text.contains(",=HYPERLINK"),
        "no cell starts with a formula: {text}"
    );

    // The export imports into another account unchanged, as multipart this time.
    let other = app.stack.user().await;
    let multipart = format!(
        "--B0UNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"jobs.csv\"\r\n\
         Content-Type: text/csv\r\n\r\n{text}\r\n--B0UNDARY--\r\n"
    );
    let reimported = app
        .post_file(
            "/jobs/import",
            &other,
            "multipart/form-data; boundary=B0UNDARY",
            multipart.as_bytes(),
        )
        .await;
    assert_eq!(reimported.status, 200, "{}", reimported.body);
    assert_eq!(reimported.body["created"], 2);
    assert_eq!(reimported.body["errors"], json!([]));
    let strip = |page: Value| -> Vec<Value> {
        let mut items: Vec<Value> = page["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|job| {
                json!([
                    job["title"],
                    job["company"],
                    job["url"],
                    job["description"],
                    job["tags"]
                ])
            })
            .collect();
        items.sort_by_key(|item| item.to_string());
        items
    };
    let original = strip(app.ok("GET", "/jobs", &user, None).await);
    let copy = strip(app.ok("GET", "/jobs", &other, None).await);
    assert_eq!(original, copy);
    assert!(
        original
            .iter()
            .any(|job| job[0] == "=HYPERLINK(\"http://evil.example\")")
    );
}

// ------------------------------------------------------------------ applications

#[tokio::test]
async fn applications_follow_the_state_machine_and_record_every_move() {
    let app = app().await;
    let user = app.stack.user().await;
    let job = app
        .ok(
            "POST",
            "/jobs",
            &user,
            Some(json!({"title": "Engineer", "company": "Acme"})),
        )
        .await;
    let job_id = job["id"].clone();
    let apply = || {
        app.call(
            "POST",
            "/applications",
            &user,
            Some(json!({"job_id": job_id})),
        )
    };
    let created = apply().await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["status"], "saved");
    assert_eq!(created.body["job"]["title"], "Engineer");
    let path = format!("/applications/{}", created.body["id"].as_str().expect("id"));
    // Applying to the same job again is a conflict.
    assert_problem(&apply().await, 409);

    let move_to = |status: &'static str| {
        let path = path.clone();
        let app = &app;
        let user = &user;
        async move {
            app.call("PATCH", &path, user, Some(json!({"status": status})))
                .await
        }
    };
    assert_problem(&move_to("interviewing").await, 409);
    assert_eq!(move_to("applied").await.status, 200);
    assert_problem(&move_to("offer").await, 409);
    assert_problem(&move_to("saved").await, 409);
    for status in ["interviewing", "offer", "accepted"] {
        let moved = move_to(status).await;
        assert_eq!(moved.status, 200, "{}", moved.body);
        assert_eq!(moved.body["status"], status);
    }
    // Asking for the current status is not a move: nothing changes, nothing is recorded; nor
    // is a body that asks for nothing.
    assert_eq!(move_to("accepted").await.status, 200);
    let nothing = app.call("PATCH", &path, &user, Some(json!({}))).await;
    assert_eq!(nothing.status, 200, "{}", nothing.body);
    assert_eq!(nothing.body["status"], "accepted");
    assert_problem(&move_to("withdrawn").await, 409);
    assert_problem(&move_to("rejected").await, 409);
    let problem = move_to("withdrawn").await;
    assert!(
        problem.body["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("accepted to withdrawn")
    );

    let events = app.ok("GET", &format!("{path}/events"), &user, None).await;
    let moves: Vec<(Value, Value)> = events["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|event| (event["from_status"].clone(), event["to_status"].clone()))
        .collect();
    assert_eq!(
        moves,
        [
            (json!("offer"), json!("accepted")),
            (json!("interviewing"), json!("offer")),
            (json!("applied"), json!("interviewing")),
            (json!("saved"), json!("applied")),
            (Value::Null, json!("saved")),
        ]
    );
    let page = app
        .ok("GET", &format!("{path}/events?limit=2"), &user, None)
        .await;
    assert_eq!(page["items"].as_array().map(Vec::len), Some(2));
    assert!(page["next_cursor"].is_string());

    // Any open status may end in withdrawn or rejected.
    let second_job = app
        .ok("POST", "/jobs", &user, Some(json!({"title": "Analyst"})))
        .await;
    let second = app
        .ok(
            "POST",
            "/applications",
            &user,
            Some(json!({"job_id": second_job["id"]})),
        )
        .await;
    let second_path = format!("/applications/{}", second["id"].as_str().expect("id"));
    let withdrawn = app
        .ok(
            "PATCH",
            &second_path,
            &user,
            Some(json!({"status": "withdrawn"})),
        )
        .await;
    assert_eq!(withdrawn["status"], "withdrawn");

    let listed = app
        .ok("GET", "/applications?status=withdrawn", &user, None)
        .await;
    assert_eq!(listed["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(listed["items"][0]["id"], second["id"]);
    let all = app.ok("GET", "/applications", &user, None).await;
    assert_eq!(all["items"].as_array().map(Vec::len), Some(2));
}

// ------------------------------------------------------------------ resumes

#[tokio::test]
async fn direct_uploads_of_pdf_docx_and_txt_are_parsed_through_s3_and_sqs() {
    let app = app().await;
    let user = app.stack.user().await;
    assert_problem(&app.call("GET", "/resume", &user, None).await, 404);

    for (file, declared) in [
        ("01_software_onecol_caps.pdf", "application/pdf"),
        // A wrong declared type does not matter: the bytes decide.
        ("03_product_docx_title_at.docx", "application/octet-stream"),
        ("04_marketing_txt_underline.txt", "text/plain"),
    ] {
        let bytes = corpus(file);
        let accepted = app
            .post_file("/resume/upload", &user, declared, &bytes)
            .await;
        assert_eq!(accepted.status, 202, "{file}: {}", accepted.body);
        assert_eq!(accepted.body["status"], "processing");
        let resume_id: Uuid =
            serde_json::from_value(accepted.body["resume_id"].clone()).expect("resume id");
        let key = resume_parser::worker::object_key(user.id, resume_id);
        assert!(app.object_exists(&key).await, "{file} is in S3 at {key}");

        let resume = app.parse_latest(&user).await;
        assert_eq!(resume["resume_id"], json!(resume_id));
        assert_eq!(resume["status"], "parsed", "{file}: {resume}");
        let stem = file.rsplit_once('.').map(|(stem, _)| stem).unwrap_or(file);
        let expected: Value =
            serde_json::from_slice(&corpus(&format!("{stem}.expected.json"))).expect("truth");
        assert_eq!(resume["parsed"]["name"], expected["name"], "{file}");
        assert_eq!(resume["parsed"]["email"], expected["email"], "{file}");
        assert!(
            !resume["parsed"]["experience"]
                .as_array()
                .expect("experience")
                .is_empty()
        );
        assert_eq!(resume["size_bytes"], bytes.len());
    }
    assert_eq!(app.count("usage_events", &user).await, 3, "one parse each");

    // The original comes back through a presigned GET.
    let file = app.ok("GET", "/resume/file", &user, None).await;
    let url = file["url"].as_str().expect("url");
    let downloaded = reqwest::get(url)
        .await
        .expect("download")
        .bytes()
        .await
        .expect("body");
    assert_eq!(
        downloaded.as_ref(),
        corpus("04_marketing_txt_underline.txt")
    );
}

#[tokio::test]
async fn presigned_uploads_are_parsed_once_the_file_arrives() {
    let app = app().await;
    let user = app.stack.user().await;
    let bytes = corpus("05_sales_pdf_dates_first.pdf");
    let created = app
        .ok(
            "POST",
            "/resume/upload-url",
            &user,
            Some(
                json!({"filename": "sales.pdf", "content_type": "application/pdf",
                        "size_bytes": bytes.len()}),
            ),
        )
        .await;
    assert_eq!(created["status"], "processing");
    assert_eq!(created["upload"]["method"], "PUT");
    assert_eq!(
        created["upload"]["headers"]["content-type"],
        "application/pdf"
    );
    assert_eq!(
        created["upload"]["headers"]["content-length"],
        bytes.len().to_string()
    );
    // Before the browser uploads, there is no file to hand out.
    assert_problem(&app.call("GET", "/resume/file", &user, None).await, 409);

    let uploaded = put_presigned(&created["upload"], bytes).await;
    assert!(uploaded.is_success(), "{uploaded}");

    let resume = app.parse_latest(&user).await;
    assert_eq!(resume["resume_id"], created["resume_id"]);
    assert_eq!(resume["status"], "parsed", "{resume}");
    assert_eq!(resume["filename"], "sales.pdf");
    let expected: Value =
        serde_json::from_slice(&corpus("05_sales_pdf_dates_first.expected.json")).expect("truth");
    assert_eq!(resume["parsed"]["name"], expected["name"]);
    assert_eq!(app.count("usage_events", &user).await, 1);
    assert_eq!(
        app.ok("GET", "/resume/file", &user, None).await["resume_id"],
        created["resume_id"]
    );
}

#[tokio::test]
async fn unreadable_files_end_failed_with_a_reason_and_are_not_retried() {
    let app = app().await;
    let user = app.stack.user().await;
    for fixture_name in ["corrupt.pdf", "encrypted.pdf", "image_only.pdf"] {
        let accepted = app
            .post_file(
                "/resume/upload",
                &user,
                "application/pdf",
                &fixture(fixture_name),
            )
            .await;
        assert_eq!(accepted.status, 202, "{fixture_name}: {}", accepted.body);
        let resume = app.parse_latest(&user).await;
        assert_eq!(resume["status"], "failed", "{fixture_name}: {resume}");
        assert!(
            resume["error"]
                .as_str()
                .is_some_and(|error| error.len() > 10),
            "{fixture_name}: {resume}"
        );
        assert_eq!(resume["parsed"], Value::Null);
    }
    // Failed parses are acknowledged, so the queue is empty, and they are not billed.
    let (received, _) = app.pump().await;
    assert_eq!(received, 0);
    assert_eq!(app.count("usage_events", &user).await, 0);

    // Content that is no document at all is refused before anything is stored.
    let before = app.count("resumes", &user).await;
    let refused = app
        .post_file(
            "/resume/upload",
            &user,
            "application/pdf",
            &fixture("random.bin"),
        )
        .await;
    assert_problem(&refused, 415);
    assert_eq!(app.count("resumes", &user).await, before);
}

#[tokio::test]
async fn the_parser_acknowledges_test_events_and_foreign_keys_and_poisons_garbage() {
    let app = app().await;
    let event: aws_lambda_events::sqs::SqsEvent = serde_json::from_value(json!({"Records": [
        {"messageId": "garbage", "body": "not json"},
        {"messageId": "not-s3", "body": "{\"hello\": 1}"},
        {"messageId": "other-key", "body": json!({"Records": [{
            "eventName": "ObjectCreated:Put",
            "s3": {"bucket": {"name": app.bucket}, "object": {"key": "users/someone/avatar.png", "size": 3}}
        }]}).to_string()},
    ]}))
    .expect("event");
    let response = resume_parser::worker::handle_batch(&app.parser, event).await;
    let failed: Vec<&str> = response
        .batch_item_failures
        .iter()
        .map(|failure| failure.item_identifier.as_str())
        .collect();
    assert_eq!(failed, ["garbage", "not-s3"]);
}

#[tokio::test]
async fn the_parser_retries_when_the_database_is_down() {
    let app = app().await;
    let user = app.stack.user().await;
    let accepted = app
        .post_file(
            "/resume/upload",
            &user,
            "text/plain",
            &corpus("07_nursing_txt_colon.txt"),
        )
        .await;
    assert_eq!(accepted.status, 202);
    let event = eventually(Duration::from_secs(10), || async {
        let event = receive_as_event(&app.stack.aws, &app.queue).await;
        event
            .records
            .iter()
            .any(|record| {
                record
                    .body
                    .as_deref()
                    .is_some_and(|body| body.contains("ObjectCreated"))
            })
            .then_some(event)
    })
    .await
    .expect("a notification");
    let created: Vec<String> = event
        .records
        .iter()
        .filter(|record| {
            record
                .body
                .as_deref()
                .is_some_and(|body| body.contains("ObjectCreated"))
        })
        .filter_map(|record| record.message_id.clone())
        .collect();
    let unreachable = parser(unreachable_database(), &app.queue).await;
    let response = resume_parser::worker::handle_batch(&unreachable, event).await;
    let retried: Vec<String> = response
        .batch_item_failures
        .iter()
        .map(|failure| failure.item_identifier.clone())
        .collect();
    assert_eq!(
        retried, created,
        "the upload is retried, the S3 test event is not"
    );
    let resume = app.ok("GET", "/resume", &user, None).await;
    assert_eq!(resume["status"], "processing");
}

// ------------------------------------------------------------------ pain points and offers

#[tokio::test]
async fn pain_points_need_a_parsed_resume_and_regenerate_deterministically_into_an_offer() {
    let app = app().await;
    let user = app.stack.user().await;
    let (jd, resume) = eval_pair("02-data-engineer");
    let job = app
        .ok(
            "POST",
            "/jobs",
            &user,
            Some(json!({"title": "Senior Backend Engineer", "company": "Acme Pay", "description": jd})),
        )
        .await;
    let generate = json!({"job_id": job["id"]});
    let missing = app
        .call(
            "POST",
            "/pain-points/generate",
            &user,
            Some(generate.clone()),
        )
        .await;
    assert_problem(&missing, 409);
    assert!(
        missing.body["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("parsed resume")
    );

    app.parsed_resume(&user, &resume).await;
    let first = app
        .ok(
            "POST",
            "/pain-points/generate",
            &user,
            Some(generate.clone()),
        )
        .await;
    let items = first["items"].as_array().expect("items").clone();
    assert!(!items.is_empty());
    let label: Value = serde_json::from_slice(&repo_file(
        "shared/matching/tests/painpoints/02-data-engineer/label.json",
    ))
    .expect("label");
    assert_eq!(
        items[0]["evidence"], label["evidence"],
        "the labelled best evidence leads"
    );
    for (index, item) in items.iter().enumerate() {
        assert_eq!(item["position"], index + 1);
        for field in [
            "id",
            "pain_point",
            "solution",
            "evidence",
            "score",
            "matched_terms",
        ] {
            assert!(!item[field].is_null(), "{field} in {item}");
        }
    }
    let scores: Vec<f64> = items
        .iter()
        .filter_map(|item| item["score"].as_f64())
        .collect();
    assert!(
        scores.windows(2).all(|pair| pair[0] >= pair[1]),
        "best first: {scores:?}"
    );

    let second = app
        .ok("POST", "/pain-points/generate", &user, Some(generate))
        .await;
    let content = |items: &[Value]| -> Vec<Value> {
        items
            .iter()
            .map(|item| {
                json!([
                    item["pain_point"],
                    item["solution"],
                    item["evidence"],
                    item["metric"],
                    item["score"],
                    item["matched_terms"],
                    item["position"]
                ])
            })
            .collect()
    };
    let second_items = second["items"].as_array().expect("items").clone();
    assert_eq!(content(&items), content(&second_items), "deterministic");
    assert_ne!(
        items[0]["id"], second_items[0]["id"],
        "regenerating replaces"
    );
    let listed = app
        .ok(
            "GET",
            &format!("/pain-points?job_id={}", job["id"].as_str().expect("id")),
            &user,
            None,
        )
        .await;
    assert_eq!(listed["items"], json!(second_items));
    assert_eq!(
        app.count("pain_points", &user).await,
        second_items.len() as i64
    );

    let application = app
        .ok(
            "POST",
            "/applications",
            &user,
            Some(json!({"job_id": job["id"]})),
        )
        .await;
    let offer_path = format!(
        "/applications/{}/offer",
        application["id"].as_str().expect("id")
    );
    assert_problem(&app.call("GET", &offer_path, &user, None).await, 404);
    let offer = app.ok("POST", &offer_path, &user, None).await;
    assert!(offer["subject"].as_str().is_some_and(|s| !s.is_empty()));
    let best_evidence = second_items[0]["evidence"].as_str().expect("evidence");
    assert!(
        offer["body"]
            .as_str()
            .is_some_and(|body| body.contains(best_evidence.trim_end_matches('.'))),
        "the offer cites the best evidence: {offer}"
    );
    let cited = offer["pain_point_ids"].as_array().expect("ids");
    assert!(!cited.is_empty() && cited.len() <= 3);
    assert_eq!(cited[0], second_items[0]["id"]);
    assert!(
        cited
            .iter()
            .all(|id| second_items.iter().any(|item| &item["id"] == id))
    );
    assert_eq!(app.ok("GET", &offer_path, &user, None).await, offer);
    // Rebuilding gives the same text.
    let rebuilt = app.ok("POST", &offer_path, &user, None).await;
    assert_eq!(rebuilt["body"], offer["body"]);
    assert_eq!(rebuilt["created_at"], offer["created_at"]);

    // No pain points on the job: the offer cannot be built.
    let bare_job = app
        .ok("POST", "/jobs", &user, Some(json!({"title": "Other"})))
        .await;
    assert_problem(
        &app.call(
            "POST",
            "/pain-points/generate",
            &user,
            Some(json!({"job_id": bare_job["id"]})),
        )
        .await,
        409,
    );
    let bare_application = app
        .ok(
            "POST",
            "/applications",
            &user,
            Some(json!({"job_id": bare_job["id"]})),
        )
        .await;
    let bare_offer = app
        .call(
            "POST",
            &format!(
                "/applications/{}/offer",
                bare_application["id"].as_str().expect("id")
            ),
            &user,
            None,
        )
        .await;
    assert_problem(&bare_offer, 409);
}

// ------------------------------------------------------------------ tenant isolation

#[tokio::test]
async fn another_users_objects_are_404_on_every_id_route_and_absent_from_every_list() {
    let app = app().await;
    let owner = app.stack.user().await;
    let intruder = app.stack.user().await;
    let mine = workspace(&app, &owner).await;
    let (_, resume) = eval_pair("02-data-engineer");
    app.parsed_resume(&intruder, &resume).await;
    let before = app.snapshot(&owner).await;

    let job = mine.job_id;
    let application = mine.application_id;
    let cases: Vec<(&str, String, Option<Value>)> = vec![
        ("GET", format!("/jobs/{job}"), None),
        (
            "PATCH",
            format!("/jobs/{job}"),
            Some(json!({"title": "Mine now"})),
        ),
        ("DELETE", format!("/jobs/{job}"), None),
        ("GET", format!("/applications/{application}"), None),
        (
            "PATCH",
            format!("/applications/{application}"),
            Some(json!({"status": "withdrawn"})),
        ),
        ("GET", format!("/applications/{application}/events"), None),
        ("POST", format!("/applications/{application}/offer"), None),
        ("GET", format!("/applications/{application}/offer"), None),
        ("GET", format!("/pain-points?job_id={job}"), None),
        (
            "POST",
            "/pain-points/generate".to_owned(),
            Some(json!({"job_id": job})),
        ),
        (
            "POST",
            "/applications".to_owned(),
            Some(json!({"job_id": job})),
        ),
    ];
    for (method, path, body) in &cases {
        let answer = app.call(method, path, &intruder, body.clone()).await;
        assert_problem(&answer, 404);
        assert!(
            !answer.body.to_string().contains(&job.to_string()),
            "{method} {path} leaks nothing"
        );
    }

    let owner_ids = [
        job.to_string(),
        application.to_string(),
        mine.resume_id.to_string(),
    ];
    for path in [
        "/jobs",
        "/applications",
        "/jobs/export",
        "/resume",
        "/job-preferences",
    ] {
        let answer = app.call("GET", path, &intruder, None).await;
        assert!(
            answer.status == 200 || answer.status == 404,
            "{path}: {}",
            answer.status
        );
        let text = answer.body.to_string();
        for id in &owner_ids {
            assert!(
                !text.contains(id.as_str()),
                "{path} shows another user's {id}"
            );
        }
        if let Some(items) = answer.body.get("items") {
            assert_eq!(items, &json!([]), "{path}");
        }
    }
    // The intruder's own latest resume has no file yet; the owner's is never offered.
    let file = app.call("GET", "/resume/file", &intruder, None).await;
    assert_problem(&file, 409);

    // Nothing of the owner's changed.
    assert_eq!(app.snapshot(&owner).await, before);
    let still = app
        .ok("GET", &format!("/applications/{application}"), &owner, None)
        .await;
    assert_eq!(still["status"], "saved");
    assert_eq!(
        app.ok("GET", &format!("/jobs/{job}"), &owner, None).await["title"],
        "Senior Backend Engineer"
    );
    assert_eq!(
        app.ok(
            "GET",
            &format!("/applications/{application}/offer"),
            &owner,
            None
        )
        .await,
        mine.offer
    );
}

// ------------------------------------------------------------------ bad input

#[tokio::test]
async fn bad_input_on_every_route_is_a_4xx_problem_and_changes_nothing() {
    let app = app().await;
    let user = app.stack.user().await;
    let mine = workspace(&app, &user).await;
    let job = mine.job_id;
    let application = mine.application_id;
    let nobody = Uuid::new_v4();
    let before = app.snapshot(&user).await;
    let prefs_before = app.ok("GET", "/job-preferences", &user, None).await;

    let json_case = |method: &'static str, path: &str, body: &str, status: u16| {
        let mut event = api_event(method, path, Some(&user.token), Some(body));
        if body.is_empty() {
            event["body"] = Value::Null;
        }
        (event, status)
    };
    let raw_case = |path: &str, content_type: &str, bytes: &[u8], status: u16| {
        let method = if path == "/job-preferences" {
            "PUT"
        } else {
            "POST"
        };
        (
            raw_event(method, path, &user.token, content_type, bytes),
            status,
        )
    };
    let random = fixture("random.bin");
    let too_big = vec![b'a'; 4 * 1024 * 1024 + 1];
    let no_title_column = b"company,url\nAcme,https://a.co\n";
    let (job_path, no_job) = (format!("/jobs/{job}"), format!("/jobs/{nobody}"));
    let application_path = format!("/applications/{application}");
    let no_application = format!("/applications/{nobody}");
    let too_many_events = format!("{application_path}/events?limit=999");
    let long_query = format!("/jobs?q={}", "x".repeat(201));
    let long_tag = format!("/jobs/export?tag={}", "t".repeat(201));
    let nobodys_job = format!(r#"{{"job_id":"{nobody}"}}"#);
    let own_job = format!(r#"{{"job_id":"{job}"}}"#);
    let mut cases: Vec<(Value, u16)> = vec![
        json_case("PUT", "/job-preferences", "{", 400),
        json_case("PUT", "/job-preferences", "[]", 422),
        json_case("PUT", "/job-preferences", r#"{"remote":"moon"}"#, 422),
        json_case("PUT", "/job-preferences", r#"{"colour":"blue"}"#, 422),
        json_case("PUT", "/job-preferences", "", 400),
        raw_case("/job-preferences", "text/plain", b"{}", 415),
        raw_case("/resume/upload", "application/pdf", b"", 400),
        raw_case("/resume/upload", "application/pdf", &random, 415),
        raw_case("/resume/upload", "text/plain", &too_big, 413),
        raw_case("/resume/upload", "multipart/form-data", b"--x--", 400),
    ];
    for invalid in [
        "{}",
        r#"{"filename":"a.png","content_type":"image/png","size_bytes":10}"#,
        r#"{"filename":"a.pdf","content_type":"application/pdf","size_bytes":20971521}"#,
        r#"{"filename":"a.pdf","content_type":"application/pdf","size_bytes":"12"}"#,
    ] {
        cases.push(json_case("POST", "/resume/upload-url", invalid, 422));
    }
    for invalid in [
        "{}",
        r#"{"title":5}"#,
        r#"{"title":"x","url":"javascript:alert(1)"}"#,
        r#"{"title":"x","tags":"rust"}"#,
        r#"{"title":"x\ny"}"#,
    ] {
        cases.push(json_case("POST", "/jobs", invalid, 422));
    }
    cases.extend([
        json_case("POST", "/jobs", r#"{"title":"#, 400),
        json_case("GET", "/jobs?limit=0", "", 422),
        json_case("GET", "/jobs?limit=abc", "", 422),
        json_case("GET", "/jobs?cursor=garbage", "", 422),
        json_case("GET", &long_query, "", 422),
        json_case("GET", "/jobs/not-a-uuid", "", 404),
        json_case("GET", &no_job, "", 404),
        json_case("PATCH", &job_path, r#"{"title":null}"#, 422),
        json_case("PATCH", &job_path, r#"{"description":7}"#, 422),
        json_case("PATCH", &no_job, r#"{"title":"x"}"#, 404),
        json_case("DELETE", &no_job, "", 404),
        json_case("PUT", "/jobs", "{}", 405),
        raw_case("/jobs/import", "text/csv", no_title_column, 422),
        raw_case("/jobs/import", "image/png", b"title\nx\n", 415),
        raw_case("/jobs/import", "text/csv", b"", 400),
        raw_case("/jobs/import", "text/csv", b"title\n\xff\xfe\n", 200),
        json_case("GET", &long_tag, "", 422),
        json_case("POST", "/applications", "{}", 422),
        json_case("POST", "/applications", r#"{"job_id":"nope"}"#, 422),
        json_case("POST", "/applications", &nobodys_job, 404),
        json_case("POST", "/applications", &own_job, 409),
        json_case("GET", "/applications?status=bogus", "", 422),
        json_case("GET", "/applications?job_id=nope", "", 422),
        json_case("GET", &no_application, "", 404),
        json_case("PATCH", &application_path, r#"{"status":"bogus"}"#, 422),
        json_case(
            "PATCH",
            &application_path,
            r#"{"needs_attention":"no"}"#,
            422,
        ),
        json_case(
            "PATCH",
            &application_path,
            r#"{"needs_attention":null}"#,
            422,
        ),
        json_case(
            "PATCH",
            &application_path,
            r#"{"status":null,"needs_attention":false}"#,
            422,
        ),
        json_case("PATCH", &application_path, r#"{"status":"accepted"}"#, 409),
        json_case("GET", &too_many_events, "", 422),
        json_case("GET", &format!("{no_application}/events"), "", 404),
        json_case("POST", "/pain-points/generate", "{}", 422),
        json_case("POST", "/pain-points/generate", r#"{"job_id":7}"#, 422),
        json_case("POST", "/pain-points/generate", &nobodys_job, 404),
        json_case("GET", "/pain-points", "", 422),
        json_case("GET", "/pain-points?job_id=x", "", 422),
        json_case("POST", &format!("{no_application}/offer"), "", 404),
        json_case("GET", &format!("{no_application}/offer"), "", 404),
        json_case("GET", "/resume/nope", "", 404),
    ]);
    for (event, status) in cases {
        let label = format!(
            "{} {}",
            event["requestContext"]["http"]["method"], event["rawPath"]
        );
        let answer = app.api.send(event).await;
        if status == 200 {
            // A row that is not UTF-8 is reported in the import, not as a request error.
            assert_eq!(answer.status, 200, "{label}: {}", answer.body);
            assert_eq!(answer.body["created"], 0, "{label}");
            assert_eq!(answer.body["errors"][0]["row"], 2, "{label}");
            continue;
        }
        assert!((400..500).contains(&status));
        assert_eq!(answer.status, status, "{label}: {}", answer.body);
        assert_problem(&answer, status);
    }

    // Without credentials every route is 401.
    let operations = [
        shared::web::operations(&api_workspace::routes().into_openapi()),
        shared::web::operations(&api_matching::routes().into_openapi()),
    ];
    for (method, path) in operations.into_iter().flatten() {
        let path = path.replace("{id}", &job.to_string());
        let answer = app
            .api
            .send(api_event(method.as_str(), &path, None, Some("{}")))
            .await;
        assert_problem(&answer, 401);
    }

    assert_eq!(app.snapshot(&user).await, before);
    assert_eq!(
        app.ok("GET", "/job-preferences", &user, None).await,
        prefs_before
    );
}

// ------------------------------------------------------------------ sample events

#[tokio::test]
async fn every_api_workspace_and_api_matching_sample_event_is_served() {
    let app = app().await;
    let user = app.stack.user().await;
    // The samples name this job and application.
    let sample_job: Uuid = "0b0b0b0b-0000-4000-8000-000000000001"
        .parse()
        .expect("uuid");
    let sample_application: Uuid = "0a0a0a0a-0000-4000-8000-000000000002"
        .parse()
        .expect("uuid");
    let (jd, _) = eval_pair("01-backend-payments");
    {
        let client = app.stack.db().await;
        client
            .execute(
                "INSERT INTO jobs (id, user_id, title, company, description) \
                 VALUES ($1, $2, 'Senior Backend Engineer', 'Acme Pay', $3)",
                &[&sample_job, &user.id, &jd],
            )
            .await
            .expect("job");
        client
            .execute(
                "INSERT INTO applications (id, user_id, job_id) VALUES ($1, $2, $3)",
                &[&sample_application, &user.id, &sample_job],
            )
            .await
            .expect("application");
    }

    // In the order a seeker's frontend would call them: the samples build on each other (the
    // offer needs pain points, which need the parsed resume; the job is deleted last). Each
    // sample is named for its operation (tests/tests/routes.rs checks there is one for each)
    // and lives under its function's directory.
    let workspace = |operation: &str| format!("api-workspace/{operation}.json");
    let matching = |operation: &str| format!("api-matching/{operation}.json");
    let files: Vec<String> = vec![
        workspace("get-job-preferences"),
        workspace("put-job-preferences"),
        workspace("upload-resume"),
        workspace("get-resume"),
        workspace("get-resume-file"),
        workspace("create-resume-upload-url"),
        workspace("create-job"),
        workspace("list-jobs"),
        workspace("get-job"),
        workspace("update-job"),
        workspace("import-jobs"),
        workspace("export-jobs"),
        workspace("create-application"),
        workspace("list-applications"),
        workspace("get-application"),
        workspace("update-application"),
        workspace("list-application-events"),
        matching("generate-pain-points"),
        matching("list-pain-points"),
        matching("create-offer"),
        matching("get-offer"),
        workspace("delete-job"),
    ];
    assert_eq!(
        files.len(),
        shared::web::operations(&api_workspace::routes().into_openapi()).len()
            + shared::web::operations(&api_matching::routes().into_openapi()).len(),
        "one sample per route"
    );
    let mut created_job: Option<String> = None;
    for file in &files {
        let mut event = event_json(file);
        event["headers"]["authorization"] = json!(format!("Bearer {}", user.token));
        // The application sample is for the job the create-job sample made.
        if let (Some(job_id), Some(body)) = (&created_job, event["body"].as_str())
            && file.contains("create-application")
        {
            event["body"] = json!(body.replace(&sample_job.to_string(), job_id));
        }
        let answer = app.api.send(event).await;
        assert!(
            (200..300).contains(&answer.status),
            "{file}: {} {}",
            answer.status,
            answer.body
        );
        if file.contains("create-job") {
            created_job = answer.body["id"].as_str().map(str::to_owned);
        }
        if file.contains("upload-resume") {
            let resume = app.parse_latest(&user).await;
            assert_eq!(resume["status"], "parsed", "{resume}");
        }
        if file.contains("generate-pain-points") {
            assert!(!answer.body["items"].as_array().expect("items").is_empty());
        }
    }
}

#[tokio::test]
async fn the_resume_parser_sample_events_are_handled() {
    let app = app().await;
    let test_event: aws_lambda_events::sqs::SqsEvent =
        serde_json::from_value(event_json("resume-parser/test-event.json")).expect("sqs event");
    let response = resume_parser::worker::handle_batch(&app.parser, test_event).await;
    assert!(
        response.batch_item_failures.is_empty(),
        "the S3 test event is acknowledged"
    );

    // The ObjectCreated sample, pointed at this test's bucket, with its row and object present.
    let mut sample = event_json("resume-parser/object-created.json");
    let body = sample["Records"][0]["body"]
        .as_str()
        .expect("body")
        .to_owned();
    let notification: Value = serde_json::from_str(&body).expect("notification");
    let key = notification["Records"][0]["s3"]["object"]["key"]
        .as_str()
        .expect("key")
        .to_owned();
    let (user_id, resume_id) = resume_parser::worker::parse_object_key(&key).expect("resume key");
    let bytes = corpus("14_data_txt_dates_first.txt");
    {
        let client = app.stack.db().await;
        client
            .execute(
                "INSERT INTO users (id, email) VALUES ($1, 'sample@example.com')",
                &[&user_id],
            )
            .await
            .expect("user");
        client
            .execute(
                "INSERT INTO resumes (id, user_id, s3_key, content_type, size_bytes) \
                 VALUES ($1, $2, $3, 'text/plain', $4)",
                &[&resume_id, &user_id, &key, &(bytes.len() as i64)],
            )
            .await
            .expect("resume row");
    }
    // Upload to a bucket without notifications, so only the sample event triggers the parser.
    let quiet = app.stack.bucket().await;
    shared::aws::s3(&app.stack.aws)
        .put_object()
        .bucket(&quiet)
        .key(&key)
        .body(bytes.into())
        .send()
        .await
        .expect("object");
    sample["Records"][0]["body"] = json!(body.replace("roleferry-uploads", &quiet));
    let event: aws_lambda_events::sqs::SqsEvent =
        serde_json::from_value(sample).expect("sqs event");
    let response = resume_parser::worker::handle_batch(&app.parser, event).await;
    assert!(response.batch_item_failures.is_empty());
    let status: String = app
        .stack
        .db()
        .await
        .query_one("SELECT status FROM resumes WHERE id = $1", &[&resume_id])
        .await
        .expect("row")
        .get(0);
    assert_eq!(status, "parsed");
}
