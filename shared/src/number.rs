//! Whole numbers as JSON Schema reads them: `integer` includes `2.0`, serde's integers do
//! not. Request fields documented as integers accept both spellings through these.

use serde::{Deserialize, Deserializer};
use serde_json::{Number, Value};

/// The number as an i64 when it is whole (`2` or `2.0`) and in range.
pub fn whole(number: &Number) -> Option<i64> {
    number.as_i64().or_else(|| {
        number
            .as_f64()
            .filter(|value| value.fract() == 0.0 && value.abs() < 9.0e18)
            // In range and without a fraction, so the conversion is exact.
            .map(|value| value as i64)
    })
}

/// [`whole`] of a JSON value; `None` for anything but a whole number.
pub fn whole_value(value: &Value) -> Option<i64> {
    match value {
        Value::Number(number) => whole(number),
        _ => None,
    }
}

fn convert<T: TryFrom<i64>, E: serde::de::Error>(number: &Number) -> Result<T, E> {
    whole(number)
        .and_then(|value| T::try_from(value).ok())
        .ok_or_else(|| {
            E::custom(format!(
                "invalid value: {number}, expected a whole number in range"
            ))
        })
}

/// `#[serde(deserialize_with = "shared::number::deserialize")]` for an integer field.
pub fn deserialize<'de, D: Deserializer<'de>, T: TryFrom<i64>>(
    deserializer: D,
) -> Result<T, D::Error> {
    let number = Number::deserialize(deserializer)?;
    convert(&number)
}

/// The same for an optional integer field (with `#[serde(default)]`): null is `None`.
pub fn deserialize_optional<'de, D: Deserializer<'de>, T: TryFrom<i64>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    match Option::<Number>::deserialize(deserializer)? {
        Some(number) => convert(&number).map(Some),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Deserialize)]
    struct Body {
        #[serde(deserialize_with = "deserialize")]
        count: i32,
        #[serde(default, deserialize_with = "deserialize_optional")]
        limit: Option<i64>,
    }

    #[test]
    fn whole_numbers_read_in_either_spelling_and_fractions_do_not() {
        let body: Body = serde_json::from_value(json!({"count": 3.0, "limit": 7})).expect("whole");
        assert_eq!((body.count, body.limit), (3, Some(7)));
        let body: Body = serde_json::from_value(json!({"count": -2})).expect("whole");
        assert_eq!((body.count, body.limit), (-2, None));
        for bad in [
            json!({"count": 2.5}),
            json!({"count": 3e10}),
            json!({"count": "3"}),
        ] {
            assert!(
                serde_json::from_value::<Body>(bad.clone()).is_err(),
                "{bad}"
            );
        }
        assert_eq!(whole_value(&json!(1e300)), None);
    }
}
