//! Scoring shared by the accuracy tests: item matching after normalisation (case,
//! punctuation, spacing), precision and recall.
#![allow(dead_code)]

#[derive(Default, Clone, Copy)]
pub struct Score {
    pub true_positives: usize,
    pub predicted: usize,
    pub expected: usize,
}

impl Score {
    pub fn add(&mut self, predicted: &[String], expected: &[String]) {
        let mut unmatched: Vec<&String> = expected.iter().collect();
        for item in predicted {
            if let Some(position) = unmatched.iter().position(|e| *e == item) {
                unmatched.remove(position);
                self.true_positives += 1;
            }
        }
        self.predicted += predicted.len();
        self.expected += expected.len();
    }

    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.expected)
    }
}

pub fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

pub fn normalise(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn scalar(value: &Option<String>) -> Vec<String> {
    value.iter().map(|v| normalise(v)).collect()
}

pub fn list(values: &[String]) -> Vec<String> {
    values.iter().map(|v| normalise(v)).collect()
}
