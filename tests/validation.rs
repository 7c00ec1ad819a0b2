//! Every constrained member of the EFS and CloudWatch models gets a violating value, and the
//! emulator answers as AWS does: EFS's ValidationException, CloudWatch's MissingParameter or
//! InvalidParameterValue, each in AWS's words naming the member.

use serde_json::{Map, Value, json};

use crate::support::{Daemon, http, percent_encode, raw, status_of};

const EFS: &str = include_str!("../crates/efsctl-emulator/src/validation/efs.json");
const CLOUDWATCH: &str = include_str!("../crates/efsctl-emulator/src/validation/cloudwatch.json");

/// One violation to send: where in the input (member names), its path as AWS names it, the bad value.
struct Case {
    at: Vec<Step>,
    path: String,
    value: Option<Value>,
    what: String,
}

#[derive(Clone)]
enum Step {
    Member(String),
    Item,
}

fn lower_camel(name: &str) -> String {
    let mut c = name.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}

/// A string the model's (Java) pattern refuses.
fn violating(pattern: &str) -> Option<&'static str> {
    // Java repeats a lookahead as `(?!\.)+`; Rust's engines take it once.
    let re = fancy_regex::Regex::new(&format!("^(?:{})$", pattern.replace("(?!\\.)+", "(?!\\.)"))).unwrap();
    ["!not valid!", "\n", "aws:x", ":x", "/.hidden", " ", "x", ""].into_iter().find(|c| !re.is_match(c).unwrap_or(true))
}

/// The violations of shape `name` and what it contains (each shape once per path).
fn cases(model: &Value, name: &str, at: Vec<Step>, path: &str, depth: usize, out: &mut Vec<Case>) {
    let shape = &model["shapes"][name];
    let mut bad =
        |value: Option<Value>, what: String| out.push(Case { at: at.clone(), path: path.into(), value, what });
    match shape["type"].as_str().unwrap_or_default() {
        "string" => {
            if let Some(values) = shape["enum"].as_array() {
                bad(Some(json!("NotAnEnumValue")), format!("enum of {} values", values.len()));
            }
            if let Some(max) = shape["max"].as_u64() {
                bad(Some(json!("a".repeat(max as usize + 1))), format!("length ≤ {max}"));
            }
            if shape["min"].as_u64().is_some_and(|m| m > 0) {
                bad(Some(json!("")), "length ≥ min".into());
            }
            if let Some(pattern) = shape["pattern"].as_str() {
                match violating(pattern) {
                    Some(v) => bad(Some(json!(v)), "pattern".into()),
                    None => panic!("no candidate breaks the pattern {pattern}"),
                }
            }
        }
        kind @ ("integer" | "long" | "double" | "float") => {
            let number = |n: f64| if matches!(kind, "integer" | "long") { json!(n as i64) } else { json!(n) };
            if let Some(min) = shape["min"].as_f64() {
                bad(Some(number(min - 1.0)), format!("value ≥ {min}"));
            }
            if let Some(max) = shape["max"].as_f64() {
                bad(Some(number(max + 1.0)), format!("value ≤ {max}"));
            }
        }
        "list" => {
            let element = shape["member"]["shape"].as_str().unwrap_or_default();
            let item = if model["shapes"][element]["type"] == "string" { json!("k") } else { json!({}) };
            if let Some(max) = shape["max"].as_u64() {
                bad(Some(Value::Array(vec![item; max as usize + 1])), format!("length ≤ {max}"));
            }
            if shape["min"].as_u64().is_some_and(|m| m > 0) {
                bad(Some(json!([])), "length ≥ min".into());
            }
            if depth < 4 {
                let mut inner = at.clone();
                inner.push(Step::Item);
                cases(model, element, inner, &format!("{path}.1.member"), depth + 1, out);
            }
        }
        "structure" if depth < 4 => {
            let required: Vec<&str> =
                shape["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
            for m in shape["members"].as_array().into_iter().flatten() {
                let member = m["name"].as_str().unwrap();
                let mut inner = at.clone();
                inner.push(Step::Member(member.into()));
                let inner_path =
                    if path.is_empty() { lower_camel(member) } else { format!("{path}.{}", lower_camel(member)) };
                if required.contains(&member) {
                    out.push(Case {
                        at: inner.clone(),
                        path: inner_path.clone(),
                        value: None,
                        what: "required".into(),
                    });
                }
                cases(model, m["shape"].as_str().unwrap(), inner, &inner_path, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// An input holding only the case's value (structures and one-item lists around it); a
/// required member's case leaves it out of an otherwise empty parent.
fn input_for(case: &Case) -> Value {
    fn build(steps: &[Step], value: &Option<Value>) -> Option<Value> {
        match steps.split_first() {
            None => value.clone(),
            Some((Step::Member(name), rest)) => {
                let mut map = Map::new();
                if let Some(v) = build(rest, value) {
                    map.insert(name.clone(), v);
                }
                Some(Value::Object(map))
            }
            Some((Step::Item, rest)) => Some(Value::Array(build(rest, value).into_iter().collect())),
        }
    }
    build(&case.at, &case.value).unwrap_or_else(|| json!({}))
}

/// A value a URI label's pattern takes, for the labels a case does not break.
fn valid_label(model: &Value, shape: &str) -> String {
    let pattern = model["shapes"][shape]["pattern"].as_str().unwrap_or_default();
    if pattern.contains("fsap-") && !pattern.contains("file-system") {
        "fsap-0123456789abcdef0".into()
    } else if pattern.contains("fsmt-") {
        "fsmt-0123456789abcdef0".into()
    } else {
        "fs-0123456789abcdef0".into()
    }
}

#[test]
fn every_efs_constraint_is_checked_first_in_aws_words() {
    let d = Daemon::start();
    let model: Value = serde_json::from_str(EFS).unwrap();
    let mut checked = 0;
    for (op, binding) in model["operations"].as_object().unwrap() {
        let Some(input) = binding["input"].as_str() else { continue };
        let mut found = Vec::new();
        cases(&model, input, vec![], "", 0, &mut found);
        let members = model["shapes"][input]["members"].as_array().cloned().unwrap_or_default();
        for case in found {
            let value = input_for(&case);
            let mut body = value.as_object().cloned().unwrap_or_default();
            let mut uri = binding["uri"].as_str().unwrap().to_string();
            let mut query = Vec::new();
            for m in &members {
                let name = m["name"].as_str().unwrap();
                let location = m["locationName"].as_str().unwrap_or(name);
                match m["location"].as_str() {
                    Some("uri") => {
                        let v =
                            body.remove(name).map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()));
                        // A missing label cannot be sent: the path would name another operation.
                        let Some(v) = v.or_else(|| {
                            (!matches!(&case.at[..], [Step::Member(n)] if n == name))
                                .then(|| valid_label(&model, m["shape"].as_str().unwrap()))
                        }) else {
                            continue;
                        };
                        uri = uri
                            .replace(&format!("{{{location}}}"), &percent_encode(&v))
                            .replace(&format!("{{{location}+}}"), &percent_encode(&v));
                    }
                    Some("querystring") => {
                        let text = |v: &Value| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
                        match body.remove(name) {
                            // A list goes as its name repeated.
                            Some(Value::Array(items)) => {
                                query.extend(items.iter().map(|v| format!("{location}={}", percent_encode(&text(v)))))
                            }
                            Some(v) => query.push(format!("{location}={}", percent_encode(&text(&v)))),
                            None => {}
                        }
                    }
                    _ => {}
                }
            }
            if uri.contains('{') {
                continue;
            }
            if !query.is_empty() {
                uri = format!("{uri}?{}", query.join("&"));
            }
            let method = binding["method"].as_str().unwrap();
            let resp = http(&d.url, method, &uri, &Value::Object(body).to_string());
            let at = format!("at '{}'", case.path);
            assert!(
                status_of(&resp) == 400 && resp.contains("ValidationException") && resp.contains(&at),
                "{op} {method} {uri}, {} ({}): expected a ValidationException {at}: {resp}",
                case.path,
                case.what
            );
            checked += 1;
        }
    }
    println!("EFS: {checked} violations of the model's constraints checked");
    assert!(checked > 150, "{checked}");
}

#[test]
fn every_cloudwatch_constraint_is_checked_first_in_aws_words() {
    let d = Daemon::start();
    let model: Value = serde_json::from_str(CLOUDWATCH).unwrap();
    let mut checked = 0;
    for (op, binding) in model["operations"].as_object().unwrap() {
        let mut found = Vec::new();
        cases(&model, binding["input"].as_str().unwrap(), vec![], "", 0, &mut found);
        for case in found {
            let body = input_for(&case).to_string();
            let resp = raw(
                &d.url,
                &format!(
                    "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: GraniteServiceVersion20100801.{op}\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                ),
            );
            let code = if case.value.is_none() { "MissingParameter" } else { "InvalidParameterValue" };
            let at = format!("at '{}'", case.path);
            let answered = resp.to_lowercase().contains(&format!("x-amzn-query-error: {};sender", code.to_lowercase()));
            assert!(
                status_of(&resp) == 400 && answered && resp.contains(&at),
                "{op} {} ({}): expected {code} {at}: {resp}",
                case.path,
                case.what
            );
            checked += 1;
        }
    }
    println!("CloudWatch: {checked} violations of the model's constraints checked");
    assert!(checked > 30, "{checked}");
}
