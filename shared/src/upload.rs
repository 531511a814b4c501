//! File bodies: a CSV (or other file) sent as the raw request body, or as the `file` part of a
//! `multipart/form-data` request, as SPEC §2 allows for every CSV endpoint.

use http::{HeaderMap, header};

use crate::error::ApiError;

/// How a browser uploads one file straight to S3 (a presigned PUT, see
/// [`crate::aws::presigned_upload`]).
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct PresignedUpload {
    /// Always `PUT`.
    pub method: &'static str,
    pub url: String,
    /// Headers the upload must carry, exactly; S3 rejects a different type or length.
    pub headers: std::collections::BTreeMap<String, String>,
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

/// What the client sent: the bytes and the content type it declared for them.
#[derive(Debug, Clone)]
pub struct UploadedFile {
    pub content_type: Option<String>,
    pub filename: Option<String>,
    pub bytes: Vec<u8>,
}

/// Reads the file a handler was sent (its headers and body), enforcing `max_bytes` (413
/// beyond it).
pub async fn read_file(
    headers: &HeaderMap,
    body: axum::body::Body,
    max_bytes: usize,
) -> Result<UploadedFile, ApiError> {
    let bytes = crate::web::read_body(body, max_bytes).await?;
    file_from_bytes(headers, &bytes, max_bytes).await
}

async fn file_from_bytes(
    headers: &HeaderMap,
    body: &[u8],
    max_bytes: usize,
) -> Result<UploadedFile, ApiError> {
    if body.len() > max_bytes {
        return Err(ApiError::PayloadTooLarge {
            limit_bytes: max_bytes,
        });
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let essence = content_type.as_deref().map(|value| {
        value
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    });
    if essence.as_deref() == Some("multipart/form-data") {
        let content_type = content_type.unwrap_or_default();
        return file_part(&content_type, body.to_vec(), max_bytes).await;
    }
    if body.is_empty() {
        return Err(ApiError::BadRequest(
            "The request body is empty; send the file as the body.".into(),
        ));
    }
    Ok(UploadedFile {
        content_type: essence,
        filename: None,
        bytes: body.to_vec(),
    })
}

async fn file_part(
    content_type: &str,
    body: Vec<u8>,
    max_bytes: usize,
) -> Result<UploadedFile, ApiError> {
    let boundary = multer::parse_boundary(content_type)
        .map_err(|_| ApiError::BadRequest("multipart/form-data without a boundary.".into()))?;
    let stream = futures_util::stream::once(async move {
        Ok::<_, std::convert::Infallible>(bytes::Bytes::from(body))
    });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let malformed =
        |err: multer::Error| ApiError::BadRequest(format!("Malformed multipart body: {err}."));
    while let Some(field) = multipart.next_field().await.map_err(malformed)? {
        if field.name() != Some("file") {
            continue;
        }
        let part_type = field
            .content_type()
            .map(|mime| mime.essence_str().to_ascii_lowercase());
        let filename = field.file_name().map(str::to_owned);
        let bytes = field.bytes().await.map_err(malformed)?;
        if bytes.len() > max_bytes {
            return Err(ApiError::PayloadTooLarge {
                limit_bytes: max_bytes,
            });
        }
        return Ok(UploadedFile {
            content_type: part_type,
            filename,
            bytes: bytes.to_vec(),
        });
    }
    Err(ApiError::validation(
        "file",
        "the multipart body has no `file` part",
    ))
}

/// Makes a value safe to open in a spreadsheet: cells starting with `=`, `+`, `-`, `@`, tab or
/// carriage return are formulas to Excel and Sheets (CSV injection), so they get a leading
/// apostrophe, which spreadsheets show as text and do not evaluate.
pub fn spreadsheet_safe(value: &str) -> std::borrow::Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => std::borrow::Cow::Owned(format!("'{value}")),
        _ => std::borrow::Cow::Borrowed(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_and_others_kept() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("+1 555"), "'+1 555");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("Acme"), "Acme");
        assert_eq!(spreadsheet_safe(""), "");
    }

    #[tokio::test]
    async fn reads_the_file_part_of_a_multipart_body() {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n\
                    --XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n\
                    Content-Type: text/csv\r\n\r\nemail\r\na@b.co\r\n--XyZ--\r\n";
        let file = file_part(
            "multipart/form-data; boundary=XyZ",
            body.as_bytes().to_vec(),
            1024,
        )
        .await
        .expect("parsed");
        assert_eq!(file.bytes, b"email\r\na@b.co");
        assert_eq!(file.filename.as_deref(), Some("c.csv"));
        assert_eq!(file.content_type.as_deref(), Some("text/csv"));
    }
}
