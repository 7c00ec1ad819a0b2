//! CloudWatch's three wire protocols, reduced to one shape: requests become JSON values
//! (timestamps as epoch seconds), responses are built as `Out` and rendered as Smithy RPC v2
//! CBOR (current SDKs and AWS CLI), awsJson1_0, or the Query protocol's XML.

use serde_json::{Map, Value};

/// A response document; `Time` renders as a CBOR epoch tag, a JSON number or ISO 8601 in XML.
#[derive(Debug, Clone)]
pub enum Out {
    Map(Vec<(&'static str, Out)>),
    List(Vec<Out>),
    Str(String),
    Num(f64),
    Int(i64),
    Bool(bool),
    Time(f64),
}

pub fn cbor_to_json(v: ciborium::Value) -> Value {
    use ciborium::Value as C;
    match v {
        // Numbers JSON cannot hold stay visible (not null, which would read as "missing"), so
        // the handlers refuse them as numbers.
        C::Integer(i) => match i64::try_from(i128::from(i)) {
            Ok(n) => Value::from(n),
            Err(_) => Value::String(i128::from(i).to_string()),
        },
        C::Float(f) => {
            serde_json::Number::from_f64(f).map(Value::Number).unwrap_or_else(|| Value::String(f.to_string()))
        }
        C::Text(s) => Value::String(s),
        C::Bool(b) => Value::Bool(b),
        C::Array(items) => Value::Array(items.into_iter().map(cbor_to_json).collect()),
        C::Map(pairs) => {
            Value::Object(pairs.into_iter().filter_map(|(k, v)| Some((k.into_text().ok()?, cbor_to_json(v)))).collect())
        }
        // Tag 1: epoch-seconds timestamp.
        C::Tag(_, inner) => cbor_to_json(*inner),
        _ => Value::Null,
    }
}

pub fn to_cbor(o: &Out) -> ciborium::Value {
    use ciborium::Value as C;
    match o {
        Out::Map(m) => C::Map(m.iter().map(|(k, v)| (C::Text((*k).to_string()), to_cbor(v))).collect()),
        Out::List(l) => C::Array(l.iter().map(to_cbor).collect()),
        Out::Str(s) => C::Text(s.clone()),
        Out::Num(n) => C::Float(*n),
        Out::Int(n) => C::Integer((*n).into()),
        Out::Bool(b) => C::Bool(*b),
        Out::Time(t) => C::Tag(1, Box::new(C::Float(*t))),
    }
}

pub fn to_json(o: &Out) -> Value {
    match o {
        Out::Map(m) => Value::Object(m.iter().map(|(k, v)| ((*k).to_string(), to_json(v))).collect()),
        Out::List(l) => Value::Array(l.iter().map(to_json).collect()),
        Out::Str(s) => Value::String(s.clone()),
        Out::Num(n) | Out::Time(n) => serde_json::Number::from_f64(*n).map(Value::Number).unwrap_or(Value::Null),
        Out::Int(n) => Value::from(*n),
        Out::Bool(b) => Value::Bool(*b),
    }
}

pub fn to_xml(o: &Out, buf: &mut String) {
    match o {
        Out::Map(m) => {
            for (k, v) in m {
                buf.push_str(&format!("<{k}>"));
                to_xml(v, buf);
                buf.push_str(&format!("</{k}>"));
            }
        }
        Out::List(l) => {
            for v in l {
                buf.push_str("<member>");
                to_xml(v, buf);
                buf.push_str("</member>");
            }
        }
        Out::Str(s) => buf.push_str(&quick_xml::escape::escape(s)),
        Out::Num(n) => buf.push_str(&n.to_string()),
        Out::Int(n) => buf.push_str(&n.to_string()),
        Out::Bool(b) => buf.push_str(if *b { "true" } else { "false" }),
        Out::Time(t) => buf.push_str(&efsctl_core::units::iso8601(*t)),
    }
}

/// The deepest parameter name CloudWatch takes has 8 parts
/// (`MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name`).
const MAX_PARAM_PARTS: usize = 16;

/// Query-protocol parameters (`A.member.1.B=…`) as nested JSON: `member` lists become arrays.
/// Names deeper than any operation takes are ignored, like other unknown parameters (nesting
/// them would only grow the recursion here).
pub fn query_to_json(params: &[(String, String)]) -> Value {
    let mut root = Value::Object(Map::new());
    for (key, value) in params {
        let parts: Vec<&str> = key.split('.').collect();
        if parts.len() <= MAX_PARAM_PARTS {
            insert(&mut root, &parts, value);
        }
    }
    normalize(root)
}

fn insert(node: &mut Value, parts: &[&str], value: &str) {
    let Some((first, rest)) = parts.split_first() else { return };
    let Value::Object(map) = node else { return };
    if rest.is_empty() {
        map.insert((*first).to_string(), Value::String(value.to_string()));
        return;
    }
    let child = map.entry((*first).to_string()).or_insert_with(|| Value::Object(Map::new()));
    if !child.is_object() {
        return;
    }
    insert(child, rest, value);
}

/// `{"member": {"1": x, "2": y}}` → `[x, y]`, recursively.
fn normalize(v: Value) -> Value {
    match v {
        Value::Object(map) => {
            if map.len() == 1
                && let Some(Value::Object(items)) = map.get("member")
            {
                let mut indexed: Vec<(u32, Value)> =
                    items.iter().filter_map(|(k, v)| Some((k.parse().ok()?, normalize(v.clone())))).collect();
                indexed.sort_by_key(|(i, _)| *i);
                return Value::Array(indexed.into_iter().map(|(_, v)| v).collect());
            }
            Value::Object(map.into_iter().map(|(k, v)| (k, normalize(v))).collect())
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_json_cannot_hold_stay_visible() {
        use ciborium::Value as C;
        assert_eq!(cbor_to_json(C::Float(f64::NAN)), Value::String("NaN".into()));
        assert_eq!(cbor_to_json(C::Integer(u64::MAX.into())), Value::String(u64::MAX.to_string()));
        assert_eq!(cbor_to_json(C::Integer(60.into())), serde_json::json!(60));
    }

    #[test]
    fn names_deeper_than_any_operation_takes_are_ignored() {
        let deep = vec!["a"; 100_000].join(".");
        let v = query_to_json(&[(deep, "1".to_string()), ("Period".to_string(), "60".to_string())]);
        assert_eq!(v, serde_json::json!({"Period": "60"}));
    }

    #[test]
    fn query_lists_become_arrays() {
        let p = vec![
            ("Dimensions.member.2.Name".to_string(), "B".to_string()),
            ("Dimensions.member.1.Name".to_string(), "A".to_string()),
            ("Statistics.member.1".to_string(), "Sum".to_string()),
            ("Period".to_string(), "60".to_string()),
        ];
        let v = query_to_json(&p);
        assert_eq!(v["Dimensions"][0]["Name"], "A");
        assert_eq!(v["Dimensions"][1]["Name"], "B");
        assert_eq!(v["Statistics"][0], "Sum");
    }
}
