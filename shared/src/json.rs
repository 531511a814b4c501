//! Nested objects of request bodies. serde's derive also reads a struct from a JSON array, its
//! fields by position (`"pacing": [null, null]`), which no schema of ours allows: a field read
//! with these accepts only a JSON object, so such a body is a 422 naming the field.

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

fn from_object<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    value: Value,
) -> Result<T, D::Error> {
    match value {
        Value::Object(_) => T::deserialize(value).map_err(D::Error::custom),
        other => Err(D::Error::custom(format!(
            "invalid type: {}, expected an object",
            kind(&other)
        ))),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// `#[serde(deserialize_with = "shared::json::object")]` on a required object field.
pub fn object<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    deserializer: D,
) -> Result<T, D::Error> {
    from_object::<D, T>(Value::deserialize(deserializer)?)
}

/// The same for an optional one (with `#[serde(default)]`): null is `None`.
pub fn optional_object<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::Null => Ok(None),
        value => from_object::<D, T>(value).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        a: Option<i32>,
        b: Option<i32>,
    }

    #[derive(Debug, Deserialize)]
    struct Body {
        #[serde(deserialize_with = "object")]
        required: Inner,
        #[serde(default, deserialize_with = "optional_object")]
        optional: Option<Inner>,
    }

    #[test]
    fn only_objects_are_read_as_structs() {
        let body: Body = serde_json::from_value(json!({"required": {"a": 1}, "optional": null}))
            .expect("objects read");
        assert_eq!(
            body.required,
            Inner {
                a: Some(1),
                b: None
            }
        );
        assert_eq!(body.optional, None);
        let body: Body = serde_json::from_value(json!({"required": {}})).expect("absent is None");
        assert_eq!(body.optional, None);
        // Plain serde reads these arrays as the struct; these helpers refuse them.
        assert!(serde_json::from_value::<Inner>(json!([null, null])).is_ok());
        for bad in [
            json!({"required": [null, null]}),
            json!({"required": {}, "optional": [1, 2]}),
            json!({"required": "x"}),
            json!({"required": {"c": 1}}),
        ] {
            assert!(
                serde_json::from_value::<Body>(bad.clone()).is_err(),
                "{bad}"
            );
        }
    }
}
