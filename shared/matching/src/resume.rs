//! The parsed resume as stored by the resume parser (`GET /resume` → `parsed`). Every field
//! is optional on the way in, because parsers miss things and old records lack new fields.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResumeInput {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub links: Vec<String>,
    pub summary: String,
    pub skills: Vec<String>,
    pub titles: Vec<String>,
    pub experience: Vec<ExperienceInput>,
    /// Stored as the parser produced it; matching does not read it.
    pub education: serde_json::Value,
    /// Quantified results the parser pulled out; preferred over our own metric detection
    /// when one of them appears in the evidence bullet.
    pub metrics: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExperienceInput {
    pub company: String,
    pub title: String,
    pub start: String,
    pub end: String,
    pub bullets: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerates_missing_unknown_and_null_free_fields() {
        let resume: ResumeInput = serde_json::from_str(
            r#"{"name":"Ana","experience":[{"company":"Acme","bullets":["Did X"]}],
                "education":"BSc Physics, 2015","unexpected":{"a":1}}"#,
        )
        .expect("parses");
        assert_eq!(resume.name, "Ana");
        assert_eq!(resume.experience[0].bullets, ["Did X"]);
        assert_eq!(resume.experience[0].title, "");
        assert!(resume.metrics.is_empty());
        assert_eq!(resume.education, serde_json::json!("BSc Physics, 2015"));
    }

    #[test]
    fn education_may_be_any_json_value() {
        for education in [
            r#"[]"#,
            r#"[{"school":"MIT"}]"#,
            r#"null"#,
            r#"{"degree":"BA"}"#,
        ] {
            let json = format!(r#"{{"education":{education}}}"#);
            assert!(serde_json::from_str::<ResumeInput>(&json).is_ok(), "{json}");
        }
    }
}
