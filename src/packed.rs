//! How a model file stores its long arrays of numbers (the weights and IDF values): the `f32`s'
//! little-endian bytes in one base64 string. Decimal JSON numbers took most of a model's load
//! time (about 700,000 of them parsed one by one, 0.1 s per `stance classify`); the bytes
//! decode in a few milliseconds, exactly, and take a third of the space. Reading also accepts
//! a JSON array of numbers, as version 1 model files and hand-written test models have them.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserializer, Serializer};
use std::fmt;

/// Writes `values` as one base64 string of their little-endian bytes.
pub fn serialize<S: Serializer>(values: &[f32], s: S) -> Result<S::Ok, S::Error> {
    let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
    s.serialize_str(&STANDARD.encode(bytes))
}

/// Reads a base64 string of little-endian `f32` bytes, or an array of numbers.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<f32>, D::Error> {
    d.deserialize_any(Floats)
}

/// The numbers of one packed string (what a model file holds in place of an array).
pub fn unpack(packed: &str) -> Result<Vec<f32>, String> {
    let bytes = STANDARD
        .decode(packed)
        .map_err(|e| format!("packed numbers are not valid base64 ({e})"))?;
    if bytes.len() % 4 != 0 {
        return Err(format!(
            "packed numbers are {} bytes, not a whole number of 4-byte values",
            bytes.len()
        ));
    }
    Ok(bytes
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect())
}

struct Floats;

impl<'de> Visitor<'de> for Floats {
    type Value = Vec<f32>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a base64 string of little-endian f32 values, or an array of numbers")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Vec<f32>, E> {
        unpack(s).map_err(E::custom)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<f32>, A::Error> {
        let mut values = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 20));
        while let Some(v) = seq.next_element::<f32>()? {
            values.push(v);
        }
        Ok(values)
    }
}

#[cfg(test)]
mod tests {
    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Holder {
        #[serde(with = "super")]
        v: Vec<f32>,
    }

    #[test]
    fn round_trips_bit_for_bit_and_reads_arrays() {
        let v = vec![
            0.0,
            -0.0,
            1.5,
            -0.010950445,
            f32::MIN_POSITIVE,
            3.4e38,
            1e-45,
        ];
        let json = serde_json::to_string(&Holder { v: v.clone() }).unwrap();
        assert!(json.starts_with("{\"v\":\""), "{json}");
        let back: Holder = serde_json::from_str(&json).unwrap();
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&back.v), bits(&v));
        let from_array: Holder = serde_json::from_str(r#"{"v":[1, -2.5, 0.25]}"#).unwrap();
        assert_eq!(from_array.v, vec![1.0, -2.5, 0.25]);
        let empty: Holder = serde_json::from_str(r#"{"v":""}"#).unwrap();
        assert!(empty.v.is_empty());
    }

    #[test]
    fn rejects_what_is_not_whole_values() {
        for bad in [
            r#"{"v":"AAA"}"#,
            r#"{"v":"not base64!"}"#,
            r#"{"v":"AAA="}"#,
            r#"{"v":7}"#,
        ] {
            let e = serde_json::from_str::<Holder>(bad).unwrap_err().to_string();
            assert!(
                e.contains("base64") || e.contains("4-byte") || e.contains("array of numbers"),
                "{bad}: {e}"
            );
        }
    }
}
