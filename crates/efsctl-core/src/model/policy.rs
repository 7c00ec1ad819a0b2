//! File-system policies: IAM JSON parsed and checked the way EFS checks PutFileSystemPolicy.
//! Evaluation against a request context lives here too, so the data plane and the CLI's
//! presets share one reading of a policy.

use serde_json::{Map, Value};

use super::conditions::Operator;
use super::limits::MAX_POLICY_LEN;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Allow,
    Deny,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Principals {
    /// `"*"` or `{"AWS": "*"}`.
    Anyone,
    /// Account ids, ARNs and other principal values, by type (`AWS`, `Service`, …).
    Listed(Vec<(String, String)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub operator: Operator,
    pub key: String,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub sid: Option<String>,
    pub effect: Effect,
    pub principal: Principals,
    /// `true` when the statement used `NotPrincipal`.
    pub not_principal: bool,
    pub actions: Vec<String>,
    /// `true` when the statement used `NotAction`.
    pub not_action: bool,
    pub conditions: Vec<Condition>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    pub statements: Vec<Statement>,
}

const STATEMENT_KEYS: &[&str] =
    &["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"];

fn strings(v: &Value, what: &str) -> Result<Vec<String>, String> {
    match v {
        Value::String(s) => Ok(vec![s.clone()]),
        Value::Array(items) if !items.is_empty() => items
            .iter()
            .map(|i| i.as_str().map(str::to_string).ok_or_else(|| format!("{what} must hold strings")))
            .collect(),
        _ => Err(format!("{what} must be a string or a non-empty array of strings")),
    }
}

fn condition_values(v: &Value) -> Result<Vec<String>, String> {
    let one = |v: &Value| match v {
        Value::String(s) => Ok(s.clone()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Number(n) => Ok(n.to_string()),
        _ => Err("condition values must be strings, booleans or numbers".to_string()),
    };
    match v {
        Value::Array(items) => items.iter().map(one).collect(),
        other => Ok(vec![one(other)?]),
    }
}

fn parse_principal(v: &Value) -> Result<Principals, String> {
    match v {
        Value::String(s) if s == "*" => Ok(Principals::Anyone),
        Value::Object(map) if !map.is_empty() => {
            let mut listed = Vec::new();
            for (kind, values) in map {
                if !["AWS", "Service", "Federated", "CanonicalUser"].contains(&kind.as_str()) {
                    return Err(format!("unknown principal type '{kind}'"));
                }
                for value in strings(values, "Principal")? {
                    if kind == "AWS" && value == "*" {
                        return Ok(Principals::Anyone);
                    }
                    listed.push((kind.clone(), value));
                }
            }
            Ok(Principals::Listed(listed))
        }
        _ => Err("Principal must be \"*\" or an object such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}".into()),
    }
}

fn valid_action(action: &str) -> bool {
    if action == "*" {
        return true;
    }
    match action.split_once(':') {
        Some((service, name)) => {
            service.eq_ignore_ascii_case("elasticfilesystem")
                && !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '*' || c == '?')
        }
        None => false,
    }
}

/// `prefix:name`, as every IAM condition key is (`aws:SourceIp`, `elasticfilesystem:AccessPointArn`).
fn valid_condition_key(key: &str) -> bool {
    key.split_once(':').is_some_and(|(prefix, name)| {
        !prefix.is_empty()
            && !name.is_empty()
            && prefix.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && name.chars().all(|c| c.is_ascii_graphic())
    })
}

fn parse_statement(v: &Value, index: usize) -> Result<Statement, String> {
    let obj = v.as_object().ok_or_else(|| format!("Statement {index} must be an object"))?;
    if let Some(k) = obj.keys().find(|k| !STATEMENT_KEYS.contains(&k.as_str())) {
        return Err(format!("Statement {index} has an unknown element '{k}'"));
    }
    let effect = match obj.get("Effect").and_then(Value::as_str) {
        Some("Allow") => Effect::Allow,
        Some("Deny") => Effect::Deny,
        _ => return Err(format!("Statement {index} needs \"Effect\": \"Allow\" or \"Deny\"")),
    };
    let (principal, not_principal) = match (obj.get("Principal"), obj.get("NotPrincipal")) {
        (Some(p), None) => (parse_principal(p)?, false),
        (None, Some(p)) => (parse_principal(p)?, true),
        (Some(_), Some(_)) => return Err(format!("Statement {index} has both Principal and NotPrincipal")),
        (None, None) => {
            return Err(format!("Statement {index} needs a Principal (file-system policies are resource policies)"));
        }
    };
    let (actions, not_action) = match (obj.get("Action"), obj.get("NotAction")) {
        (Some(a), None) => (strings(a, "Action")?, false),
        (None, Some(a)) => (strings(a, "NotAction")?, true),
        (Some(_), Some(_)) => return Err(format!("Statement {index} has both Action and NotAction")),
        (None, None) => return Err(format!("Statement {index} needs an Action")),
    };
    if let Some(bad) = actions.iter().find(|a| !valid_action(a)) {
        return Err(format!("Statement {index}: '{bad}' is not an EFS action (expected elasticfilesystem:Name)"));
    }
    for key in ["Resource", "NotResource"] {
        if let Some(r) = obj.get(key) {
            strings(r, key)?;
        }
    }
    let mut conditions = Vec::new();
    if let Some(c) = obj.get("Condition") {
        let ops = c.as_object().ok_or_else(|| format!("Statement {index}: Condition must be an object"))?;
        for (operator, keys) in ops {
            let keys: &Map<String, Value> = keys
                .as_object()
                .ok_or_else(|| format!("Statement {index}: condition operator '{operator}' must map keys to values"))?;
            let parsed: Operator = operator.parse().map_err(|e| format!("Statement {index}: {e}"))?;
            if keys.is_empty() {
                return Err(format!("Statement {index}: condition operator '{operator}' names no condition key"));
            }
            for (key, values) in keys {
                if !valid_condition_key(key) {
                    return Err(format!(
                        "Statement {index}: '{}' is not a condition key (expected e.g. aws:SecureTransport)",
                        super::clipped(key, 60)
                    ));
                }
                let values = condition_values(values)?;
                if values.is_empty() {
                    return Err(format!("Statement {index}: condition key '{key}' has no values"));
                }
                for v in &values {
                    parsed.check_value(v).map_err(|e| format!("Statement {index}: {operator} {key}: {e}"))?;
                }
                conditions.push(Condition { operator: parsed, key: key.clone(), values });
            }
        }
    }
    let sid = obj.get("Sid").map(|s| s.as_str().map(str::to_string).ok_or("Sid must be a string")).transpose()?;
    Ok(Statement { sid, effect, principal, not_principal, actions, not_action, conditions })
}

/// Parses and validates a policy document; the error says what to fix.
pub fn parse(text: &str) -> Result<Policy, String> {
    if text.trim().is_empty() || text.len() > MAX_POLICY_LEN {
        return Err(format!("a policy must be 1 to {MAX_POLICY_LEN} characters"));
    }
    let doc: Value = serde_json::from_str(text).map_err(|e| format!("the policy is not valid JSON: {e}"))?;
    let obj = doc.as_object().ok_or("a policy must be a JSON object")?;
    if let Some(k) = obj.keys().find(|k| !["Version", "Id", "Statement"].contains(&k.as_str())) {
        return Err(format!("unknown top-level element '{k}'"));
    }
    if let Some(v) = obj.get("Version")
        && !matches!(v.as_str(), Some("2012-10-17") | Some("2008-10-17"))
    {
        return Err("Version must be \"2012-10-17\"".into());
    }
    let statements = match obj.get("Statement") {
        Some(Value::Array(items)) if !items.is_empty() => {
            items.iter().enumerate().map(|(i, s)| parse_statement(s, i)).collect::<Result<_, _>>()?
        }
        Some(single @ Value::Object(_)) => vec![parse_statement(single, 0)?],
        _ => return Err("a policy needs a Statement (an object or a non-empty array)".into()),
    };
    Ok(Policy { statements })
}

/// IAM-style wildcard match; action names compare case-insensitively.
pub fn wildcard_match(pattern: &str, text: &str) -> bool {
    super::wildcard::matches(&pattern.to_ascii_lowercase(), &text.to_ascii_lowercase())
}

impl Statement {
    pub fn covers_action(&self, action: &str) -> bool {
        let listed = self.actions.iter().any(|a| wildcard_match(a, action));
        listed != self.not_action
    }
}

impl Policy {
    /// PutFileSystemPolicy's lockout safety check: a policy that denies everyone, without
    /// conditions, the right to change the policy again would leave the caller locked out.
    pub fn locks_out_policy_changes(&self) -> bool {
        self.statements.iter().any(|s| {
            s.effect == Effect::Deny
                && !s.not_principal
                && s.principal == Principals::Anyone
                && s.conditions.is_empty()
                && s.covers_action("elasticfilesystem:PutFileSystemPolicy")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ENFORCE_TLS: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#;

    #[test]
    fn parses_common_policies() {
        let p = parse(ENFORCE_TLS).unwrap();
        assert_eq!(p.statements[0].conditions[0].values, vec!["false"]);
        assert!(!p.locks_out_policy_changes());
        let lock = r#"{"Statement":{"Effect":"Deny","Principal":"*","Action":"elasticfilesystem:*"}}"#;
        assert!(parse(lock).unwrap().locks_out_policy_changes());
    }

    #[test]
    fn rejects_invalid_policies() {
        for bad in [
            "",
            "[]",
            "{",
            r#"{"Statement":[]}"#,
            r#"{"Version":"2020-01-01","Statement":{"Effect":"Allow","Principal":"*","Action":"*"}}"#,
            r#"{"Statement":{"Effect":"Maybe","Principal":"*","Action":"*"}}"#,
            r#"{"Statement":{"Effect":"Allow","Action":"*"}}"#,
            r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject"}}"#,
            r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"*","Bogus":1}}"#,
            r#"{"Statement":{"Effect":"Allow","Principal":"*","Action":"*","Condition":{"Bool":"x"}}}"#,
            r#"{"Statement":{"Effect":"Deny","Principal":"*","Action":"*","Condition":{"StringEqualz":{"aws:SecureTransport":"false"}}}}"#,
            r#"{"Statement":{"Effect":"Deny","Principal":"*","Action":"*","Condition":{"Bool":{"aws:SecureTransport":"maybe"}}}}"#,
            r#"{"Statement":{"Effect":"Deny","Principal":"*","Action":"*","Condition":{"Bool":{}}}}"#,
            r#"{"Statement":{"Effect":"Deny","Principal":"*","Action":"*","Condition":{"Bool":{"SecureTransport":"true"}}}}"#,
            r#"{"Statement":{"Effect":"Deny","Principal":"*","Action":"*","Condition":{"StringEquals":{"aws:SourceVpc":[]}}}}"#,
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn conditions_fail_closed_and_follow_aws_on_missing_keys() {
        let deny = |condition: &str| {
            let text = format!(
                r#"{{"Statement":[{{"Effect":"Allow","Principal":"*","Action":"*"}},{{"Effect":"Deny","Principal":"*","Action":"*","Condition":{condition}}}]}}"#
            );
            parse(&text).unwrap().decide("elasticfilesystem:ClientWrite", &ClientContext::default())
        };
        // aws:SourceVpc is not in the request: StringEquals does not hold, StringNotEquals does.
        assert_eq!(deny(r#"{"StringEquals":{"aws:SourceVpc":"vpc-1"}}"#), Decision::Allow);
        assert_eq!(deny(r#"{"StringNotEquals":{"aws:SourceVpc":"vpc-1"}}"#), Decision::ExplicitDeny);
        assert_eq!(deny(r#"{"Null":{"aws:PrincipalArn":"true"}}"#), Decision::ExplicitDeny);
        // A Deny whose value cannot be compared applies (NumericLessThan on "false").
        assert_eq!(deny(r#"{"NumericLessThan":{"aws:SecureTransport":"1"}}"#), Decision::ExplicitDeny);
    }

    #[test]
    fn wildcards() {
        assert!(wildcard_match("elasticfilesystem:Client*", "elasticfilesystem:ClientWrite"));
        assert!(wildcard_match("*", "anything"));
        assert!(!wildcard_match("elasticfilesystem:Describe?", "elasticfilesystem:DescribeFileSystems"));
    }

    proptest! {
        #[test]
        fn parse_never_panics(s in ".{0,300}") {
            let _ = parse(&s);
        }
    }
}

/// What a client presents when it mounts: its IAM identity (none for anonymous NFS clients),
/// whether it uses TLS, and the access point it mounts through.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClientContext {
    pub principal: Option<String>,
    pub secure_transport: bool,
    pub access_point_arn: Option<String>,
}

fn account_of(principal: &str) -> Option<&str> {
    principal.strip_prefix("arn:aws:iam::").and_then(|r| r.split(':').next())
}

fn principal_matches(p: &Principals, ctx: &ClientContext) -> bool {
    match (p, &ctx.principal) {
        (Principals::Anyone, _) => true,
        (Principals::Listed(_), None) => false,
        (Principals::Listed(list), Some(who)) => list.iter().any(|(kind, v)| {
            kind == "AWS"
                && (v == who
                    || account_of(v).is_some_and(|acct| v.ends_with(":root") && account_of(who) == Some(acct))
                    || (v.len() == 12 && account_of(who) == Some(v.as_str())))
        }),
    }
}

fn context_value(key: &str, ctx: &ClientContext) -> Option<String> {
    match key.to_ascii_lowercase().as_str() {
        "aws:securetransport" => Some(ctx.secure_transport.to_string()),
        "elasticfilesystem:accesspointarn" => ctx.access_point_arn.clone(),
        // Every client of the emulator reaches the file system through a mount target.
        "elasticfilesystem:accessedviamounttarget" => Some("true".into()),
        "aws:principalarn" => ctx.principal.clone(),
        _ => None,
    }
}

/// Whether `c` holds for `ctx`; a value it cannot read counts as `unreadable` (fail closed:
/// the caller passes `true` for a Deny, so it applies, and `false` for an Allow).
fn condition_holds(c: &Condition, ctx: &ClientContext, unreadable: bool) -> bool {
    let actual = context_value(&c.key, ctx).map(|v| vec![v]);
    c.operator.holds(&c.values, actual.as_deref()).unwrap_or(unreadable)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    ExplicitDeny,
    ImplicitDeny,
}

impl Policy {
    /// IAM evaluation for one action: an explicit deny wins, then any allow; otherwise denied.
    pub fn decide(&self, action: &str, ctx: &ClientContext) -> Decision {
        let applies = |s: &Statement| {
            let deny = s.effect == Effect::Deny;
            s.covers_action(action)
                && principal_matches(&s.principal, ctx) != s.not_principal
                && s.conditions.iter().all(|c| condition_holds(c, ctx, deny))
        };
        if self.statements.iter().any(|s| s.effect == Effect::Deny && applies(s)) {
            return Decision::ExplicitDeny;
        }
        if self.statements.iter().any(|s| s.effect == Effect::Allow && applies(s)) {
            return Decision::Allow;
        }
        Decision::ImplicitDeny
    }
}

/// What a file-system policy grants a client: EFS's three client actions. No policy grants all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientGrants {
    pub mount: bool,
    pub write: bool,
    pub root: bool,
}

pub fn client_grants(policy: Option<&Policy>, ctx: &ClientContext) -> ClientGrants {
    let Some(p) = policy else { return ClientGrants { mount: true, write: true, root: true } };
    let allows = |a: &str| p.decide(a, ctx) == Decision::Allow;
    ClientGrants {
        mount: allows("elasticfilesystem:ClientMount"),
        write: allows("elasticfilesystem:ClientWrite"),
        root: allows("elasticfilesystem:ClientRootAccess"),
    }
}

/// Ready-made policy pieces, combinable as the EFS console offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// Deny any access that is not over TLS.
    EnforceTls,
    /// Grant access only to IAM principals of the account (no anonymous NFS clients).
    DenyAnonymous,
    /// Grant mount and root access but not write.
    ReadOnly,
}

impl std::str::FromStr for Preset {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "enforce-tls" => Ok(Preset::EnforceTls),
            "deny-anonymous" => Ok(Preset::DenyAnonymous),
            "read-only" => Ok(Preset::ReadOnly),
            _ => Err(format!("unknown preset '{s}'; allowed: enforce-tls, deny-anonymous, read-only")),
        }
    }
}

/// The policy document for a set of presets on file system `fs_arn`.
pub fn from_presets(presets: &[Preset], account: &str, fs_arn: &str) -> String {
    let mut actions = vec!["elasticfilesystem:ClientMount", "elasticfilesystem:ClientRootAccess"];
    if !presets.contains(&Preset::ReadOnly) {
        actions.insert(1, "elasticfilesystem:ClientWrite");
    }
    let principal = if presets.contains(&Preset::DenyAnonymous) {
        serde_json::json!({"AWS": format!("arn:aws:iam::{account}:root")})
    } else {
        serde_json::json!({"AWS": "*"})
    };
    let mut statements = vec![serde_json::json!({
        "Sid": "efsctl-grant",
        "Effect": "Allow",
        "Principal": principal,
        "Action": actions,
        "Resource": fs_arn,
        "Condition": {"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}}
    })];
    if presets.contains(&Preset::EnforceTls) {
        statements.push(serde_json::json!({
            "Sid": "efsctl-enforce-tls",
            "Effect": "Deny",
            "Principal": {"AWS": "*"},
            "Action": "*",
            "Resource": fs_arn,
            "Condition": {"Bool": {"aws:SecureTransport": "false"}}
        }));
    }
    serde_json::to_string_pretty(&serde_json::json!({"Version": "2012-10-17", "Statement": statements}))
        .unwrap_or_default()
}

#[cfg(test)]
mod preset_tests {
    use super::*;

    #[test]
    fn presets_compose_into_valid_policies() {
        let all = [Preset::EnforceTls, Preset::DenyAnonymous, Preset::ReadOnly];
        let text = from_presets(
            &all,
            "123456789012",
            "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-01234567",
        );
        let p = parse(&text).unwrap();
        assert_eq!(p.statements.len(), 2);
        assert!(!p.statements[0].covers_action("elasticfilesystem:ClientWrite"));
        assert!(matches!(p.statements[0].principal, Principals::Listed(_)));
        let open = parse(&from_presets(&[], "1", "arn")).unwrap();
        assert!(open.statements[0].covers_action("elasticfilesystem:ClientWrite"));
        assert_eq!(open.statements[0].principal, Principals::Anyone);
    }
}

#[cfg(test)]
mod evaluation_tests {
    use super::*;

    fn ctx(principal: Option<&str>, tls: bool) -> ClientContext {
        ClientContext { principal: principal.map(str::to_string), secure_transport: tls, access_point_arn: None }
    }

    #[test]
    fn presets_grant_what_they_say() {
        let arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-01234567";
        let tls_ro = parse(&from_presets(&[Preset::EnforceTls, Preset::ReadOnly], "123456789012", arn)).unwrap();
        assert_eq!(
            client_grants(Some(&tls_ro), &ctx(None, false)),
            ClientGrants { mount: false, write: false, root: false }
        );
        assert_eq!(
            client_grants(Some(&tls_ro), &ctx(None, true)),
            ClientGrants { mount: true, write: false, root: true }
        );
        let iam_only = parse(&from_presets(&[Preset::DenyAnonymous], "123456789012", arn)).unwrap();
        assert!(!client_grants(Some(&iam_only), &ctx(None, true)).mount);
        assert!(client_grants(Some(&iam_only), &ctx(Some("arn:aws:iam::123456789012:role/app"), false)).write);
        assert_eq!(client_grants(None, &ctx(None, false)), ClientGrants { mount: true, write: true, root: true });
    }

    #[test]
    fn access_point_condition() {
        let p = parse(r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"elasticfilesystem:Client*","Condition":{"StringEquals":{"elasticfilesystem:AccessPointArn":"arn:ap/fsap-1"}}}]}"#).unwrap();
        let mut c = ctx(None, false);
        assert!(!client_grants(Some(&p), &c).mount);
        c.access_point_arn = Some("arn:ap/fsap-1".into());
        assert!(client_grants(Some(&p), &c).mount);
    }
}
