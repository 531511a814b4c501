//! BM25 over resume bullets, normalised to a 0–1 "how much of this need does the bullet
//! cover" score.
//!
//! Parameters: `k1 = 1.2` is the usual Robertson/Lucene value; bullets are one sentence, so
//! a term rarely repeats and k1 barely matters beyond capping repetition. `b = 0.5` is softer
//! than the usual 0.75: bullet length varies mostly with how much was achieved, not with
//! verbosity, and full length normalisation would favour terse bullets over rich evidence.

use std::collections::HashMap;

use super::text::{Term, TermKind};

pub(crate) const K1: f64 = 1.2;
pub(crate) const B: f64 = 0.5;
/// A skill from the dictionary is a precise, checkable claim ("PostgreSQL") and counts
/// double against ordinary words ("team", "ledger").
pub(crate) const SKILL_TERM_BOOST: f64 = 2.0;
/// Generic action verbs ("deliver", "manage") count half: the object of a need says more
/// about the work than its verb.
pub(crate) const GENERIC_ACTION_WEIGHT: f64 = 0.5;
/// A need's word that a bullet covers only through a related word ("spend" for "cost")
/// counts half: the two are about the same thing, not said alike.
pub(crate) const CONCEPT_WEIGHT: f64 = 0.5;

struct Document {
    /// Lookup only; never iterated.
    term_frequency: HashMap<String, u32>,
    length: usize,
}

/// The bullets of one resume, indexed for scoring.
pub(crate) struct Bm25Index {
    documents: Vec<Document>,
    /// Lookup only; never iterated.
    document_frequency: HashMap<String, usize>,
    average_length: f64,
}

/// One distinct term of a query and how much it counts.
#[derive(Debug, Clone)]
pub(crate) struct QueryTerm {
    pub key: String,
    pub display: String,
    pub kind: TermKind,
    pub weight: f64,
    /// Concept keys of the word (see [`super::concepts`]): a bullet without the word but
    /// with a related one ("spend" for "cost") covers it at [`CONCEPT_WEIGHT`].
    pub concepts: Vec<String>,
}

/// How well one bullet covers one query.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Coverage {
    /// In [0, 1].
    pub score: f64,
    /// Indexes into the query's terms, in query order.
    pub matched: Vec<usize>,
}

impl Bm25Index {
    pub fn new(documents: &[Vec<Term>]) -> Self {
        let mut document_frequency: HashMap<String, usize> = HashMap::new();
        let documents: Vec<Document> = documents
            .iter()
            .map(|terms| {
                let mut term_frequency: HashMap<String, u32> = HashMap::new();
                for term in terms {
                    *term_frequency.entry(term.key.clone()).or_default() += 1;
                }
                for key in term_frequency.keys() {
                    *document_frequency.entry(key.clone()).or_default() += 1;
                }
                // Concept terms restate words already counted.
                let length = terms
                    .iter()
                    .filter(|term| term.kind != TermKind::Concept)
                    .count();
                Document {
                    term_frequency,
                    length,
                }
            })
            .collect();
        let total_length: usize = documents.iter().map(|document| document.length).sum();
        let average_length = if documents.is_empty() {
            0.0
        } else {
            total_length as f64 / documents.len() as f64
        };
        Bm25Index {
            documents,
            document_frequency,
            average_length,
        }
    }

    pub fn len(&self) -> usize {
        self.documents.len()
    }

    /// The BM25 (Lucene) inverse document frequency, always positive; a term absent from
    /// every bullet gets the highest value, so a need the resume never mentions weighs fully
    /// against coverage.
    pub fn idf(&self, key: &str) -> f64 {
        let total = self.documents.len() as f64;
        let containing = self.document_frequency.get(key).copied().unwrap_or(0) as f64;
        (1.0 + (total - containing + 0.5) / (containing + 0.5)).ln()
    }

    /// Distinct query terms (first occurrence wins) weighted by idf and the skill boost.
    /// Concept terms are not terms of their own: each joins the word before it.
    pub fn query(&self, terms: &[Term]) -> Vec<QueryTerm> {
        let stressed: Vec<(Term, f64)> = terms.iter().map(|term| (term.clone(), 1.0)).collect();
        self.emphasised_query(&stressed, 1.0)
    }

    /// Like [`Bm25Index::query`], but every occurrence of a term adds its emphasis (how much
    /// the caller stresses that mention) to the term's weight, up to `max_emphasis`, so a
    /// word the text keeps coming back to counts more.
    pub fn emphasised_query(&self, terms: &[(Term, f64)], max_emphasis: f64) -> Vec<QueryTerm> {
        let mut query: Vec<QueryTerm> = Vec::new();
        let mut emphasis: Vec<f64> = Vec::new();
        // The query term the last word went to, for the concepts that follow it.
        let mut last_word: Option<usize> = None;
        for (term, stress) in terms {
            if term.kind == TermKind::Concept {
                if let Some(word) = last_word
                    && !query[word].concepts.contains(&term.key)
                {
                    query[word].concepts.push(term.key.clone());
                }
                continue;
            }
            if let Some(existing) = query.iter().position(|known| known.key == term.key) {
                emphasis[existing] += stress;
                last_word = Some(existing);
                continue;
            }
            let boost = match term.kind {
                TermKind::Skill => SKILL_TERM_BOOST,
                TermKind::GenericAction => GENERIC_ACTION_WEIGHT,
                TermKind::Word | TermKind::Concept => 1.0,
            };
            last_word = Some(query.len());
            query.push(QueryTerm {
                key: term.key.clone(),
                display: term.display.clone(),
                kind: term.kind,
                weight: self.idf(&term.key) * boost,
                concepts: Vec::new(),
            });
            emphasis.push(*stress);
        }
        for (term, stress) in query.iter_mut().zip(emphasis) {
            term.weight *= stress.min(max_emphasis);
        }
        query
    }

    /// BM25 of the bullet divided by the query's total weight, where a term that appears
    /// once in a bullet of average length counts exactly its weight. Capped at 1.
    pub fn coverage(&self, query: &[QueryTerm], document_index: usize) -> Coverage {
        self.coverage_with_length_weight(query, document_index, B)
    }

    /// [`Bm25Index::coverage`] without length normalisation (`b = 0`), for a query that
    /// rewards what a long bullet says beyond the shared words: how the problem was solved
    /// and what it achieved.
    pub fn coverage_regardless_of_length(
        &self,
        query: &[QueryTerm],
        document_index: usize,
    ) -> Coverage {
        self.coverage_with_length_weight(query, document_index, 0.0)
    }

    fn coverage_with_length_weight(
        &self,
        query: &[QueryTerm],
        document_index: usize,
        b: f64,
    ) -> Coverage {
        let Some(document) = self.documents.get(document_index) else {
            return Coverage {
                score: 0.0,
                matched: Vec::new(),
            };
        };
        let total_weight: f64 = query.iter().map(|term| term.weight).sum();
        if total_weight <= 0.0 || self.average_length <= 0.0 {
            return Coverage {
                score: 0.0,
                matched: Vec::new(),
            };
        }
        let length_ratio = document.length as f64 / self.average_length;
        let mut matched = Vec::new();
        let mut bm25 = 0.0;
        for (index, term) in query.iter().enumerate() {
            let (frequency, share) = match document.term_frequency.get(&term.key) {
                Some(&frequency) => (frequency, 1.0),
                None => match term
                    .concepts
                    .iter()
                    .filter_map(|concept| document.term_frequency.get(concept))
                    .max()
                {
                    Some(&frequency) => (frequency, CONCEPT_WEIGHT),
                    None => continue,
                },
            };
            let frequency = f64::from(frequency);
            let saturation =
                frequency * (K1 + 1.0) / (frequency + K1 * (1.0 - b + b * length_ratio));
            bm25 += term.weight * share * saturation;
            matched.push(index);
        }
        Coverage {
            score: (bm25 / total_weight).min(1.0),
            matched,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skills::SkillDictionary;
    use crate::text::Analyzer;

    fn index(bullets: &[&str], analyzer: &Analyzer<'_>) -> Bm25Index {
        let documents: Vec<Vec<Term>> = bullets
            .iter()
            .map(|bullet| analyzer.terms(bullet))
            .collect();
        Bm25Index::new(&documents)
    }

    fn ranking(index: &Bm25Index, analyzer: &Analyzer<'_>, need: &str) -> Vec<usize> {
        let query = index.query(&analyzer.terms(need));
        let mut order: Vec<(usize, f64)> = (0..index.len())
            .map(|doc| (doc, index.coverage(&query, doc).score))
            .collect();
        order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        order.into_iter().map(|(doc, _)| doc).collect()
    }

    #[test]
    fn a_rare_matching_term_beats_a_common_one() {
        let skills = SkillDictionary::default();
        let analyzer = Analyzer::new(&skills);
        let bullets = [
            "Improved the customer onboarding flow",
            "Improved the billing service latency",
            "Improved the search ranking",
            "Managed the customer support queue",
        ];
        let index = index(&bullets, &analyzer);
        // "improve" is in three bullets, "onboarding" in one.
        assert_eq!(ranking(&index, &analyzer, "Improve onboarding")[0], 0);
        assert!(index.idf("onboard") > index.idf("improv"));
    }

    #[test]
    fn more_of_the_need_covered_ranks_higher_and_unrelated_scores_zero() {
        let skills = SkillDictionary::default();
        let analyzer = Analyzer::new(&skills);
        let bullets = [
            "Built payment APIs",
            "Built payment APIs in Rust with idempotency keys",
            "Organised the office party",
        ];
        let index = index(&bullets, &analyzer);
        let order = ranking(&index, &analyzer, "Build idempotent payment APIs in Rust");
        assert_eq!(order, [1, 0, 2]);
        let query = index.query(&analyzer.terms("Build idempotent payment APIs in Rust"));
        assert_eq!(index.coverage(&query, 2).score, 0.0);
        assert!(index.coverage(&query, 1).score <= 1.0);
    }

    #[test]
    fn length_normalisation_prefers_the_focused_bullet_on_equal_matches() {
        let skills = SkillDictionary::default();
        let analyzer = Analyzer::new(&skills);
        let bullets = [
            "Ran Kubernetes clusters alongside quarterly planning, hiring, budgeting, vendor negotiation and office moves",
            "Ran Kubernetes clusters",
            "Wrote documentation",
        ];
        let index = index(&bullets, &analyzer);
        assert_eq!(ranking(&index, &analyzer, "Run Kubernetes clusters")[0], 1);
    }

    #[test]
    fn skill_terms_count_more_than_plain_words() {
        let skills = SkillDictionary::from_json(
            r#"{"skills":[{"canonical":"PostgreSQL","aliases":["postgres"]}]}"#,
        )
        .expect("valid");
        let analyzer = Analyzer::new(&skills);
        let bullets = [
            "Tuned postgres indexes",
            "Tuned database reports",
            "Ran the team offsite",
        ];
        let index = index(&bullets, &analyzer);
        assert_eq!(ranking(&index, &analyzer, "Tune PostgreSQL reports")[0], 0);
    }

    #[test]
    fn a_related_word_covers_a_need_word_at_half_weight() {
        let skills = SkillDictionary::default();
        let analyzer = Analyzer::new(&skills);
        let bullets = ["Brought food cost down", "Cut food spend", "Wrote menus"];
        let index = index(&bullets, &analyzer);
        let query = index.query(&analyzer.terms("food cost"));
        assert_eq!(query.len(), 2, "concepts join their word");
        let said_alike = index.coverage(&query, 0);
        let said_otherwise = index.coverage(&query, 1);
        assert_eq!(said_otherwise.matched, [0, 1], "spend covers cost");
        assert!(said_otherwise.score > 0.0 && said_otherwise.score < said_alike.score);
        assert_eq!(index.coverage(&query, 2).score, 0.0);
    }

    #[test]
    fn empty_corpus_and_empty_query_score_zero() {
        let empty = Bm25Index::new(&[]);
        assert_eq!(empty.coverage(&[], 0).score, 0.0);
        let skills = SkillDictionary::default();
        let analyzer = Analyzer::new(&skills);
        let index = index(&["Built things"], &analyzer);
        assert_eq!(index.coverage(&[], 0).score, 0.0);
    }
}
