//! The skill dictionary: aliases (one or more words) mapped to one canonical skill name, so
//! "postgres", "psql" and "PostgreSQL" count as the same evidence.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::text::{RawToken, raw_tokens};

/// Skill names that are also ordinary English words.
const EVERYDAY_WORD_ALIASES: &[&str] = &[
    "go",
    "r",
    "c",
    "d",
    "swift",
    "rust",
    "spark",
    "react",
    "express",
    "less",
    "make",
    "chef",
    "puppet",
    "salt",
    "excel",
    "access",
    "word",
    "shell",
    "ember",
    "flask",
    "dart",
    "elm",
    "crystal",
    "julia",
    "ruby",
    "pandas",
    "jest",
    "mocha",
    "next",
    "nest",
    "mode",
    "notion",
    "slack",
    "sketch",
    "lean",
    "segment",
    "amplitude",
    "outreach",
    "gong",
    "meta",
    "airflow",
    "docker",
    "power",
    "spring",
    "unity",
    "flutter",
    "helm",
];

/// The dictionary shipped with the crate; another team grows this file, so it is embedded at
/// build time and checked by a unit test rather than trusted blindly.
const BUNDLED_SKILLS_JSON: &str = include_str!("../../../data/skills.json");

static BUNDLED: LazyLock<SkillDictionary> = LazyLock::new(|| {
    match SkillDictionary::from_json(BUNDLED_SKILLS_JSON) {
        Ok(dictionary) => dictionary,
        Err(error) => {
            // A broken data file must not take the Lambda down; matching still works on plain
            // stems, just without alias folding.
            tracing::error!(error = %error, "bundled skills.json is invalid, matching without skill aliases");
            SkillDictionary::default()
        }
    }
});

#[derive(Debug, thiserror::Error)]
pub enum SkillDictionaryError {
    #[error("skills JSON is malformed: {0}")]
    Malformed(#[from] serde_json::Error),
}

#[derive(Deserialize)]
struct SkillsFile {
    skills: Vec<SkillEntry>,
}

#[derive(Deserialize)]
struct SkillEntry {
    canonical: String,
    #[serde(default)]
    aliases: Vec<String>,
}

/// Maps alias word sequences (lower-cased tokens) to canonical skill names.
#[derive(Debug, Default, Clone)]
pub struct SkillDictionary {
    canonical_names: Vec<String>,
    /// Lookup only; never iterated, so its order cannot leak into output.
    alias_to_skill: HashMap<Vec<String>, usize>,
    longest_alias_words: usize,
}

/// A skill found in a token sequence: which tokens it spans and which skill it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SkillMatch {
    pub words: usize,
    pub canonical: String,
}

impl SkillDictionary {
    /// The dictionary in `data/skills.json`, parsed once per process.
    pub fn bundled() -> &'static SkillDictionary {
        &BUNDLED
    }

    /// Parses `{"skills":[{"canonical":"PostgreSQL","aliases":["postgres","psql"]}]}`.
    /// The canonical name is always an alias of itself; when two entries claim the same
    /// alias, the earlier entry keeps it.
    pub fn from_json(json: &str) -> Result<Self, SkillDictionaryError> {
        let file: SkillsFile = serde_json::from_str(json)?;
        let mut dictionary = SkillDictionary::default();
        for entry in file.skills {
            let canonical = entry.canonical.trim();
            if canonical.is_empty() {
                continue;
            }
            let skill_id = dictionary.canonical_names.len();
            dictionary.canonical_names.push(canonical.to_owned());
            for alias in std::iter::once(canonical).chain(entry.aliases.iter().map(String::as_str))
            {
                let words: Vec<String> = raw_tokens(alias)
                    .into_iter()
                    .map(|token| token.lower)
                    .collect();
                if words.is_empty() {
                    continue;
                }
                dictionary.longest_alias_words = dictionary.longest_alias_words.max(words.len());
                dictionary.alias_to_skill.entry(words).or_insert(skill_id);
            }
        }
        Ok(dictionary)
    }

    pub fn len(&self) -> usize {
        self.canonical_names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.canonical_names.is_empty()
    }

    /// The canonical name for a phrase, if the whole phrase is a known alias.
    pub fn canonical(&self, phrase: &str) -> Option<&str> {
        let words: Vec<String> = raw_tokens(phrase)
            .into_iter()
            .map(|token| token.lower)
            .collect();
        self.alias_to_skill
            .get(&words)
            .map(|&skill_id| self.canonical_names[skill_id].as_str())
    }

    /// The longest alias starting at `tokens[0]`, if any. A one-word alias that is also an
    /// everyday word ("go deep", "react quickly") only counts when written with a capital.
    pub(crate) fn longest_match_at(&self, tokens: &[RawToken]) -> Option<SkillMatch> {
        let longest = self.longest_alias_words.min(tokens.len());
        (1..=longest).rev().find_map(|length| {
            let candidate: Vec<String> = tokens[..length]
                .iter()
                .map(|token| token.lower.clone())
                .collect();
            let skill_id = *self.alias_to_skill.get(&candidate)?;
            let is_everyday_word =
                length == 1 && EVERYDAY_WORD_ALIASES.contains(&candidate[0].as_str());
            if is_everyday_word && !tokens[0].surface.starts_with(char::is_uppercase) {
                return None;
            }
            Some(SkillMatch {
                words: length,
                canonical: self.canonical_names[skill_id].clone(),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_file_parses_and_is_not_empty() {
        let dictionary =
            SkillDictionary::from_json(BUNDLED_SKILLS_JSON).expect("bundled skills.json parses");
        assert!(!dictionary.is_empty());
        assert!(!SkillDictionary::bundled().is_empty());
    }

    #[test]
    fn aliases_fold_to_canonical_names_case_insensitively() {
        let dictionary = SkillDictionary::from_json(
            r#"{"skills":[{"canonical":"PostgreSQL","aliases":["postgres","psql"]},
                          {"canonical":"Amazon Web Services","aliases":["aws","amazon web services"]}]}"#,
        )
        .expect("valid");
        assert_eq!(dictionary.canonical("Postgres"), Some("PostgreSQL"));
        assert_eq!(dictionary.canonical("PSQL"), Some("PostgreSQL"));
        assert_eq!(dictionary.canonical("postgresql"), Some("PostgreSQL"));
        assert_eq!(
            dictionary.canonical("Amazon  Web Services"),
            Some("Amazon Web Services")
        );
        assert_eq!(dictionary.canonical("amazon web"), None);
    }

    #[test]
    fn longest_alias_wins() {
        let dictionary = SkillDictionary::from_json(
            r#"{"skills":[{"canonical":"Go","aliases":["golang"]},
                          {"canonical":"Machine Learning","aliases":["machine learning","ml"]},
                          {"canonical":"Learning","aliases":[]}]}"#,
        )
        .expect("valid");
        let found = dictionary.longest_match_at(&raw_tokens("machine learning models"));
        assert_eq!(
            found,
            Some(SkillMatch {
                words: 2,
                canonical: "Machine Learning".into()
            })
        );
    }

    #[test]
    fn everyday_word_aliases_need_a_capital() {
        let dictionary =
            SkillDictionary::from_json(r#"{"skills":[{"canonical":"Go","aliases":["golang"]}]}"#)
                .expect("valid");
        assert!(
            dictionary
                .longest_match_at(&raw_tokens("go deep on it"))
                .is_none()
        );
        assert!(
            dictionary
                .longest_match_at(&raw_tokens("Go services"))
                .is_some()
        );
        assert!(
            dictionary
                .longest_match_at(&raw_tokens("golang services"))
                .is_some()
        );
    }

    #[test]
    fn malformed_json_is_an_error_not_a_panic() {
        assert!(SkillDictionary::from_json("{not json").is_err());
        assert!(SkillDictionary::from_json(r#"{"skills": 3}"#).is_err());
    }
}
