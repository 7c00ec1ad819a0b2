//! IAM condition operators: parsed and their values checked when a policy is put, so that an
//! operator or value the evaluator does not understand is refused there (as AWS does) instead
//! of silently evaluating to "does not apply" later.

use std::cmp::Ordering;
use std::net::IpAddr;

use ipnet::IpNet;

/// What a condition compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Test {
    String { ignore_case: bool },
    StringLike,
    Numeric(Ordering, bool),
    Date(Ordering, bool),
    Bool,
    Binary,
    Ip,
    Arn { like: bool },
    Null,
}

/// How a condition treats a multivalued key (`ForAllValues:`, `ForAnyValue:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SetQualifier {
    None,
    ForAllValues,
    ForAnyValue,
}

/// One condition operator, e.g. `ForAnyValue:StringNotLikeIfExists`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operator {
    test: Test,
    negated: bool,
    if_exists: bool,
    set: SetQualifier,
}

/// A context value a condition could not read (e.g. `Bool` on an ARN): the caller decides
/// which way that fails (a Deny applies, an Allow does not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable(pub String);

impl std::str::FromStr for Operator {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, String> {
        let unknown = || {
            format!(
                "unknown condition operator '{}'; IAM's operators are String*, Numeric*, Date*, Bool, BinaryEquals, IpAddress, NotIpAddress, Arn* and Null, optionally with IfExists and ForAllValues:/ForAnyValue:",
                crate::model::clipped(name, 60)
            )
        };
        let (set, rest) = if let Some(r) = name.strip_prefix("ForAllValues:") {
            (SetQualifier::ForAllValues, r)
        } else if let Some(r) = name.strip_prefix("ForAnyValue:") {
            (SetQualifier::ForAnyValue, r)
        } else {
            (SetQualifier::None, name)
        };
        let (base, if_exists) = match rest.strip_suffix("IfExists") {
            Some(b) => (b, true),
            None => (rest, false),
        };
        use Ordering::*;
        let (test, negated) = match base {
            "StringEquals" => (Test::String { ignore_case: false }, false),
            "StringNotEquals" => (Test::String { ignore_case: false }, true),
            "StringEqualsIgnoreCase" => (Test::String { ignore_case: true }, false),
            "StringNotEqualsIgnoreCase" => (Test::String { ignore_case: true }, true),
            "StringLike" => (Test::StringLike, false),
            "StringNotLike" => (Test::StringLike, true),
            "NumericEquals" => (Test::Numeric(Equal, true), false),
            "NumericNotEquals" => (Test::Numeric(Equal, true), true),
            "NumericLessThan" => (Test::Numeric(Less, false), false),
            "NumericLessThanEquals" => (Test::Numeric(Less, true), false),
            "NumericGreaterThan" => (Test::Numeric(Greater, false), false),
            "NumericGreaterThanEquals" => (Test::Numeric(Greater, true), false),
            "DateEquals" => (Test::Date(Equal, true), false),
            "DateNotEquals" => (Test::Date(Equal, true), true),
            "DateLessThan" => (Test::Date(Less, false), false),
            "DateLessThanEquals" => (Test::Date(Less, true), false),
            "DateGreaterThan" => (Test::Date(Greater, false), false),
            "DateGreaterThanEquals" => (Test::Date(Greater, true), false),
            "Bool" => (Test::Bool, false),
            "BinaryEquals" => (Test::Binary, false),
            "IpAddress" => (Test::Ip, false),
            "NotIpAddress" => (Test::Ip, true),
            "ArnEquals" => (Test::Arn { like: false }, false),
            "ArnNotEquals" => (Test::Arn { like: false }, true),
            "ArnLike" => (Test::Arn { like: true }, false),
            "ArnNotLike" => (Test::Arn { like: true }, true),
            "Null" if !if_exists && set == SetQualifier::None => (Test::Null, false),
            _ => return Err(unknown()),
        };
        Ok(Operator { test, negated, if_exists, set })
    }
}

fn number(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|n| n.is_finite())
}

fn boolean(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

fn network(s: &str) -> Option<IpNet> {
    s.parse::<IpNet>().ok().or_else(|| s.parse::<IpAddr>().ok().map(IpNet::from))
}

impl Operator {
    /// Checks a policy value for this operator (e.g. a number for `NumericLessThan`).
    pub fn check_value(&self, value: &str) -> Result<(), String> {
        let ok = match self.test {
            Test::Numeric(..) => number(value).is_some(),
            Test::Date(..) => crate::units::parse_time(value).is_some(),
            Test::Bool | Test::Null => boolean(value).is_some(),
            Test::Ip => network(value).is_some(),
            Test::Binary => {
                !value.is_empty() && value.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
            }
            Test::String { .. } | Test::StringLike | Test::Arn { .. } => true,
        };
        let what = match self.test {
            Test::Numeric(..) => "a number",
            Test::Date(..) => "a date (ISO 8601 or epoch seconds)",
            Test::Bool | Test::Null => "true or false",
            Test::Ip => "an IP address or CIDR block",
            Test::Binary => "base64",
            _ => "a string",
        };
        if ok { Ok(()) } else { Err(format!("'{}' is not {what}", crate::model::clipped(value, 60))) }
    }

    /// Whether the condition holds for a key whose request values are `actual` (`None`: the
    /// key is not in the request), against the policy's `values` (any of which may match).
    pub fn holds(&self, values: &[String], actual: Option<&[String]>) -> Result<bool, Unreadable> {
        if self.test == Test::Null {
            // `Null: true` asks that the key be absent.
            return Ok(values.iter().any(|v| boolean(v) == Some(actual.is_none())));
        }
        let Some(actual) = actual else {
            // AWS: a missing key makes the condition false, except for IfExists, negated
            // operators (a key that is not there does not match) and ForAllValues (an empty set).
            return Ok(self.if_exists || self.negated || self.set == SetQualifier::ForAllValues);
        };
        let matches = |a: &str| -> Result<bool, Unreadable> {
            let mut any = false;
            for v in values {
                any |= self.matches_one(v, a)?;
            }
            Ok(any != self.negated)
        };
        match self.set {
            SetQualifier::ForAllValues => {
                let mut all = true;
                for a in actual {
                    all &= matches(a)?;
                }
                Ok(all)
            }
            SetQualifier::None | SetQualifier::ForAnyValue => {
                let mut any = false;
                for a in actual {
                    any |= matches(a)?;
                }
                Ok(any)
            }
        }
    }

    fn matches_one(&self, value: &str, actual: &str) -> Result<bool, Unreadable> {
        let unreadable = |what: &str| Unreadable(format!("the request's value '{actual}' is not {what}"));
        let compare = |ord: Ordering, or_equal: bool, v: f64, a: f64| match a.partial_cmp(&v) {
            Some(Ordering::Equal) => or_equal,
            Some(o) => o == ord,
            None => false,
        };
        Ok(match self.test {
            Test::String { ignore_case: false } | Test::Arn { like: false } => value == actual,
            Test::String { ignore_case: true } => value.eq_ignore_ascii_case(actual),
            Test::StringLike | Test::Arn { like: true } => super::wildcard::matches(value, actual),
            Test::Binary => value == actual,
            Test::Numeric(ord, eq) => {
                let a = number(actual).ok_or_else(|| unreadable("a number"))?;
                number(value).is_some_and(|v| compare(ord, eq, v, a))
            }
            Test::Date(ord, eq) => {
                let a = crate::units::parse_time(actual).ok_or_else(|| unreadable("a date"))?;
                crate::units::parse_time(value).is_some_and(|v| compare(ord, eq, v, a))
            }
            Test::Bool => {
                let a = boolean(actual).ok_or_else(|| unreadable("true or false"))?;
                boolean(value) == Some(a)
            }
            Test::Ip => {
                let a = actual.parse::<IpAddr>().map_err(|_| unreadable("an IP address"))?;
                network(value).is_some_and(|n| n.contains(&a))
            }
            Test::Null => unreachable!("Null is answered before any value is compared"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn op(name: &str) -> Operator {
        name.parse().unwrap()
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn knows_iam_operators_and_refuses_others() {
        for good in [
            "StringEquals",
            "StringNotLikeIfExists",
            "ForAnyValue:StringLike",
            "ForAllValues:ArnNotEquals",
            "NumericGreaterThanEquals",
            "DateLessThan",
            "Bool",
            "BoolIfExists",
            "IpAddress",
            "NotIpAddress",
            "BinaryEquals",
            "Null",
        ] {
            assert!(good.parse::<Operator>().is_ok(), "{good}");
        }
        for bad in
            ["StringEqualz", "stringequals", "NullIfExists", "ForAnyValue:Null", "Bool:", "", "ForSomeValues:Bool"]
        {
            assert!(bad.parse::<Operator>().is_err(), "{bad}");
        }
    }

    #[test]
    fn values_are_checked_for_the_operator() {
        assert!(op("NumericLessThan").check_value("12.5").is_ok());
        assert!(op("NumericLessThan").check_value("twelve").is_err());
        assert!(op("DateGreaterThan").check_value("2026-01-01T00:00:00Z").is_ok());
        assert!(op("DateGreaterThan").check_value("yesterday").is_err());
        assert!(op("Bool").check_value("FALSE").is_ok());
        assert!(op("Bool").check_value("no").is_err());
        assert!(op("IpAddress").check_value("10.0.0.0/8").is_ok());
        assert!(op("IpAddress").check_value("10.0.0.300").is_err());
    }

    #[test]
    fn a_missing_key_follows_aws() {
        let v = strings(&["x"]);
        assert_eq!(op("StringEquals").holds(&v, None), Ok(false));
        assert_eq!(op("StringNotEquals").holds(&v, None), Ok(true));
        assert_eq!(op("StringEqualsIfExists").holds(&v, None), Ok(true));
        assert_eq!(op("ForAllValues:StringEquals").holds(&v, None), Ok(true));
        assert_eq!(op("ForAnyValue:StringEquals").holds(&v, None), Ok(false));
        assert_eq!(op("Null").holds(&strings(&["true"]), None), Ok(true));
        assert_eq!(op("Null").holds(&strings(&["false"]), None), Ok(false));
        assert_eq!(op("Null").holds(&strings(&["true"]), Some(&strings(&["a"]))), Ok(false));
    }

    #[test]
    fn operators_compare_by_type() {
        let one = |s: &str| vec![s.to_string()];
        assert_eq!(op("NumericLessThan").holds(&strings(&["10"]), Some(&one("9.5"))), Ok(true));
        assert_eq!(op("NumericLessThanEquals").holds(&strings(&["10"]), Some(&one("10"))), Ok(true));
        assert_eq!(op("NumericGreaterThan").holds(&strings(&["10"]), Some(&one("10"))), Ok(false));
        assert_eq!(op("DateLessThan").holds(&strings(&["2026-06-01T00:00:00Z"]), Some(&one("1700000000"))), Ok(true));
        assert_eq!(op("Bool").holds(&strings(&["false"]), Some(&one("FALSE"))), Ok(true));
        assert_eq!(op("IpAddress").holds(&strings(&["10.0.0.0/8"]), Some(&one("10.1.2.3"))), Ok(true));
        assert_eq!(op("NotIpAddress").holds(&strings(&["10.0.0.0/8"]), Some(&one("10.1.2.3"))), Ok(false));
        assert_eq!(op("StringLike").holds(&strings(&["arn:*:ap/*"]), Some(&one("arn:x:ap/1"))), Ok(true));
        assert!(op("Bool").holds(&strings(&["true"]), Some(&one("arn:aws:iam::1:root"))).is_err());
    }

    proptest! {
        /// A negated operator is the complement of its positive form on any present value.
        #[test]
        fn negation_complements(value in "[a-c*?]{0,4}", actual in "[a-c]{0,4}") {
            let v = vec![value];
            let a = vec![actual];
            for (pos, neg) in [("StringEquals", "StringNotEquals"), ("StringLike", "StringNotLike"), ("ArnLike", "ArnNotLike")] {
                prop_assert_eq!(op(pos).holds(&v, Some(&a)).unwrap(), !op(neg).holds(&v, Some(&a)).unwrap());
            }
        }

        #[test]
        fn parsing_never_panics(name in ".{0,40}") {
            let _ = name.parse::<Operator>();
        }
    }
}
