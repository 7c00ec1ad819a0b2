//! Input validation as AWS does it before anything else: every member constraint of the
//! published service models (required, length, range, pattern, enum), reported in AWS's words
//! and count ("2 validation errors detected: Value 'x' at 'fileSystemId' failed to satisfy
//! constraint: …; …"). The constraints are generated from botocore's models by
//! `scripts/gen-validation.py` into `efs.json` and `cloudwatch.json` beside this file.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::Value;

/// The constraints of one service's inputs (the file also records the model's service, API
/// version and the botocore release it was read from).
#[derive(Debug, Deserialize)]
pub struct Model {
    pub operations: HashMap<String, Operation>,
    pub shapes: HashMap<String, Shape>,
    #[serde(skip)]
    patterns: OnceLock<HashMap<String, Option<fancy_regex::Regex>>>,
    /// Each operation's method and URI template segments, split once.
    #[serde(skip)]
    routes: OnceLock<Vec<(String, Vec<String>, String)>>,
}

#[derive(Debug, Deserialize)]
pub struct Operation {
    pub method: String,
    pub uri: String,
    pub input: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    #[serde(default)]
    pub name: String,
    pub shape: String,
    /// `uri`, `querystring` or `header` on REST; absent for the body.
    pub location: Option<String>,
    pub location_name: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Shape {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub required: Vec<String>,
    #[serde(default)]
    pub members: Vec<Member>,
    pub member: Option<Member>,
    pub key: Option<Member>,
    pub value: Option<Member>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub pattern: Option<String>,
    #[serde(rename = "enum", default)]
    pub values: Vec<String>,
}

pub fn efs() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| serde_json::from_str(include_str!("efs.json")).expect("the generated EFS constraints parse"))
}

pub fn cloudwatch() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        serde_json::from_str(include_str!("cloudwatch.json")).expect("the generated CloudWatch constraints parse")
    })
}

/// What an input breaks: AWS's message, and whether it only lacks required members (services
/// of the Query family answer those with their own code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violations {
    pub message: String,
    pub only_missing: bool,
}

const NOT_NULL: &str = "Member must not be null";

/// `FileSystemId` → `fileSystemId`, as AWS names members in its messages.
fn lower_camel(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// A value as AWS quotes it in a message.
fn shown(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::String(s) => format!("'{s}'"),
        Value::Array(items) => format!(
            "'[{}]'",
            items.iter().map(|i| shown(i).trim_matches('\'').to_string()).collect::<Vec<_>>().join(", ")
        ),
        other => format!("'{other}'"),
    }
}

/// `p` with repeated lookarounds written as Rust's regex engines take them: Java allows
/// `(?!\.)+` (the same as one `(?!\.)`), and `(?!x)*` or `(?!x)?`, which always match.
fn unrepeated_lookarounds(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let mut rest = p;
    while let Some(start) = ["(?!", "(?=", "(?<!", "(?<="].iter().filter_map(|o| rest.find(o)).min() {
        let Some(len) = rest[start..].find(')').map(|i| i + 1) else { break };
        let (group, after) = (&rest[start..start + len], &rest[start + len..]);
        out.push_str(&rest[..start]);
        rest = match after.chars().next() {
            Some('+') => {
                out.push_str(group);
                &after[1..]
            }
            Some('*' | '?') => &after[1..],
            _ => {
                out.push_str(group);
                after
            }
        };
    }
    out.push_str(rest);
    out
}

impl Model {
    /// The operation a REST request is, and its URI labels.
    pub fn rest_operation(&self, method: &str, path: &str) -> Option<(&str, HashMap<String, String>)> {
        let routes = self.routes.get_or_init(|| {
            let split = |uri: &str| uri.split('?').next().unwrap_or_default().split('/').map(str::to_string).collect();
            self.operations.iter().map(|(name, op)| (op.method.clone(), split(&op.uri), name.clone())).collect()
        });
        let segments: Vec<&str> = path.split('/').collect();
        routes.iter().filter(|(m, t, _)| m == method && t.len() == segments.len()).find_map(|(_, template, name)| {
            let mut labels = HashMap::new();
            for (t, s) in template.iter().zip(&segments) {
                match t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                    Some(label) => {
                        let value = percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
                        labels.insert(label.trim_end_matches('+').to_string(), value);
                    }
                    None if t == s => {}
                    None => return None,
                }
            }
            Some((name.as_str(), labels))
        })
    }

    /// The input of a REST call as one object of its members: URI labels, query parameters and
    /// the body's members. `None` for a body that is not a JSON object: AWS fails to read such
    /// a request before it validates it, and so does the operation here.
    pub fn rest_input(
        &self,
        operation: &str,
        labels: &HashMap<String, String>,
        query: &[(String, String)],
        body: &[u8],
    ) -> Option<Value> {
        let mut input = match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(map)) => map,
            _ if body.iter().all(u8::is_ascii_whitespace) => serde_json::Map::new(),
            _ => return None,
        };
        let Some(shape) =
            self.operations.get(operation).and_then(|o| o.input.as_ref()).and_then(|s| self.shapes.get(s))
        else {
            return Some(Value::Object(input));
        };
        for m in &shape.members {
            let name = m.location_name.as_deref().unwrap_or(&m.name);
            let kind = self.shapes.get(&m.shape).map_or("", |s| s.kind.as_str());
            let scalar = |v: &str| match v.parse::<i64>() {
                Ok(n) if matches!(kind, "integer" | "long") => Value::from(n),
                _ => Value::String(v.to_string()),
            };
            let found = match m.location.as_deref() {
                Some("uri") => labels.get(name).map(|v| scalar(v)),
                // A list in the query string is its name repeated.
                Some("querystring") if kind == "list" => {
                    let items: Vec<Value> =
                        query.iter().filter(|(k, _)| k == name).map(|(_, v)| Value::String(v.clone())).collect();
                    (!items.is_empty()).then_some(Value::Array(items))
                }
                Some("querystring") => query.iter().find(|(k, _)| k == name).map(|(_, v)| scalar(v)),
                _ => continue,
            };
            input.remove(&m.name);
            if let Some(value) = found {
                input.insert(m.name.clone(), value);
            }
        }
        Some(Value::Object(input))
    }

    /// What `input` of `operation` breaks, if anything, in AWS's words.
    pub fn check(&self, operation: &str, input: &Value) -> Option<Violations> {
        let shape = self.operations.get(operation)?.input.as_ref()?;
        let mut errors = Vec::new();
        self.check_shape(shape, input, "", &mut errors);
        let only_missing = errors.iter().all(|e| e.ends_with(NOT_NULL));
        let message = match errors.len() {
            0 => return None,
            1 => format!("1 validation error detected: {}", errors[0]),
            n => format!("{n} validation errors detected: {}", errors.join("; ")),
        };
        Some(Violations { message, only_missing })
    }

    fn pattern(&self, pattern: &str) -> Option<&fancy_regex::Regex> {
        let compiled = self.patterns.get_or_init(|| {
            self.shapes
                .values()
                .filter_map(|s| s.pattern.as_ref())
                .map(|p| (p.clone(), fancy_regex::Regex::new(&format!("^(?:{})$", unrepeated_lookarounds(p))).ok()))
                .collect()
        });
        compiled.get(pattern).and_then(Option::as_ref)
    }

    fn check_shape(&self, shape_name: &str, v: &Value, at: &str, errors: &mut Vec<String>) {
        let Some(shape) = self.shapes.get(shape_name) else { return };
        let fail = |errors: &mut Vec<String>, constraint: String| {
            errors.push(format!("Value {} at '{at}' failed to satisfy constraint: Member must {constraint}", shown(v)))
        };
        let bounds = |errors: &mut Vec<String>, size: f64, what: &str| {
            if let Some(min) = shape.min.filter(|m| size < *m) {
                fail(errors, format!("have {what} greater than or equal to {min}"));
            }
            if let Some(max) = shape.max.filter(|m| size > *m) {
                fail(errors, format!("have {what} less than or equal to {max}"));
            }
        };
        match (shape.kind.as_str(), v) {
            ("structure", Value::Object(map)) => {
                for m in &shape.members {
                    let path =
                        if at.is_empty() { lower_camel(&m.name) } else { format!("{at}.{}", lower_camel(&m.name)) };
                    match map.get(&m.name) {
                        None | Some(Value::Null) if shape.required.contains(&m.name) => {
                            errors.push(format!("Value null at '{path}' failed to satisfy constraint: {NOT_NULL}"))
                        }
                        None | Some(Value::Null) => {}
                        Some(value) => self.check_shape(&m.shape, value, &path, errors),
                    }
                }
            }
            ("string", Value::String(s)) => {
                bounds(errors, s.chars().count() as f64, "length");
                if let Some(p) = &shape.pattern
                    && self.pattern(p).is_some_and(|re| !re.is_match(s).unwrap_or(true))
                {
                    fail(errors, format!("satisfy regular expression pattern: {p}"));
                }
                if !shape.values.is_empty() && !shape.values.contains(s) {
                    fail(errors, format!("satisfy enum value set: [{}]", shape.values.join(", ")));
                }
            }
            ("integer" | "long" | "double" | "float", Value::Number(n)) => {
                if let Some(n) = n.as_f64() {
                    bounds(errors, n, "value");
                }
            }
            ("list", Value::Array(items)) => {
                bounds(errors, items.len() as f64, "length");
                if let Some(m) = &shape.member {
                    for (i, item) in items.iter().enumerate() {
                        self.check_shape(&m.shape, item, &format!("{at}.{}.member", i + 1), errors);
                    }
                }
            }
            ("map", Value::Object(map)) => {
                bounds(errors, map.len() as f64, "length");
                for (k, item) in map {
                    if let Some(key) = &shape.key {
                        self.check_shape(&key.shape, &Value::String(k.clone()), &format!("{at}.{k}"), errors);
                    }
                    if let Some(value) = &shape.value {
                        self.check_shape(&value.shape, item, &format!("{at}.{k}"), errors);
                    }
                }
            }
            // A value of another type is the operation's to refuse, as a malformed request.
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn java_lookarounds_are_rewritten_only_where_repeated() {
        assert_eq!(unrepeated_lookarounds(r"^(\/(?!\.)+[^$]+)$"), r"^(\/(?!\.)[^$]+)$");
        assert_eq!(unrepeated_lookarounds(r"^(?![aA]:)x$"), r"^(?![aA]:)x$");
        assert_eq!(unrepeated_lookarounds(r"a(?=b)*c"), "ac");
        let root_path =
            efs().shapes.values().find_map(|s| s.pattern.as_ref().filter(|p| p.contains("(?!\\.)+"))).unwrap();
        let re = efs().pattern(root_path).unwrap();
        assert!(
            re.is_match("/team/data").unwrap()
                && !re.is_match("/.hidden").unwrap()
                && !re.is_match("relative").unwrap()
        );
    }

    #[test]
    fn the_generated_models_load_and_every_pattern_compiles() {
        for model in [efs(), cloudwatch()] {
            assert!(!model.operations.is_empty());
            for p in model.shapes.values().filter_map(|s| s.pattern.as_ref()) {
                assert!(model.pattern(p).is_some(), "{p}");
            }
        }
        assert_eq!(efs().operations.len(), 31, "every EFS operation");
    }

    /// The message real EFS answers (reported from AWS in crossplane-contrib/provider-aws #1652).
    #[test]
    fn a_malformed_id_gets_aws_message() {
        let (op, labels) = efs().rest_operation("GET", "/2015-02-01/file-systems/testvolume-wscc7/policy").unwrap();
        assert_eq!(op, "DescribeFileSystemPolicy");
        let input = efs().rest_input(op, &labels, &[], b"").unwrap();
        assert_eq!(
            efs().check(op, &input).unwrap().message,
            "1 validation error detected: Value 'testvolume-wscc7' at 'fileSystemId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$"
        );
    }

    #[test]
    fn errors_are_counted_and_named_by_path() {
        let input = serde_json::json!({"FileSystemId": "fs-0123456789abcdef0", "PosixUser": {"Uid": -1}, "Tags": [{"Key": "", "Value": "v"}]});
        let message = efs().check("CreateAccessPoint", &input).unwrap().message;
        assert!(message.starts_with("5 validation errors detected: "), "{message}");
        assert!(
            message.contains(
                "at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern"
            ),
            "{message}"
        );
        assert!(
            message.contains("Value null at 'clientToken' failed to satisfy constraint: Member must not be null"),
            "{message}"
        );
        assert!(message.contains("Value null at 'posixUser.gid'"), "{message}");
        assert!(message.contains("Value '-1' at 'posixUser.uid' failed to satisfy constraint: Member must have value greater than or equal to 0"), "{message}");
        assert!(message.contains("at 'tags.1.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1"), "{message}");
        let ok = serde_json::json!({"ClientToken": "t", "FileSystemId": "fs-0123456789abcdef0"});
        assert_eq!(efs().check("CreateAccessPoint", &ok), None);
    }
}
