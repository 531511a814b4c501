//! Small text helpers that more than one field's parser needs.

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// Whether text is written in capitals: it has letters, and none of them in lower case
/// ("NATIONAL BUREAU OF STATISTICS", "O'NEIL").
pub(crate) fn is_in_capitals(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

/// Each word with its first letter in capitals and the rest in lower case, where a word
/// starts after anything that is not a letter: "MARY-KATE O'NEIL" is "Mary-Kate O'Neil".
pub(crate) fn capitalise_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at_word_start = true;
    for c in text.chars() {
        if at_word_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        at_word_start = !c.is_alphabetic();
    }
    out
}

/// Text in lower case without its accents, for matching a name against the plain letters
/// of an email address: "Hernández" is "hernandez", "Øyvind" stays "øyvind" (a letter of its
/// own, not an accented "o").
pub(crate) fn folded(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_need_letters_and_no_lower_case() {
        assert!(is_in_capitals("ABUJA"));
        assert!(is_in_capitals("S.A. DE C.V."));
        assert!(!is_in_capitals("Abuja"));
        assert!(!is_in_capitals("2019 - 21"));
    }

    #[test]
    fn words_are_capitalised_after_any_mark() {
        assert_eq!(capitalise_words("MARY-KATE O'NEIL"), "Mary-Kate O'Neil");
        assert_eq!(capitalise_words("fort mcmurray"), "Fort Mcmurray");
    }

    #[test]
    fn folding_drops_accents_and_case() {
        assert_eq!(folded("Hernández"), "hernandez");
        assert_eq!(folded("NÚÑEZ"), "nunez");
        assert_eq!(folded("Çelik"), "celik");
        assert_eq!(folded("Øyvind"), "øyvind");
    }
}
