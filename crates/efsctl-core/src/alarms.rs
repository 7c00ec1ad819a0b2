//! CloudWatch metric-alarm evaluation as a pure function: given an alarm's settings, the
//! datapoints of its evaluation range (oldest first, `None` where a period has no data) and its
//! current state, the state it moves to and CloudWatch's reason. The rules are AWS's ("Alarm
//! evaluation", "Configuring how CloudWatch alarms treat missing data", CloudWatch User Guide),
//! checked against the guide's tables of examples in the tests.

use std::fmt::Write;

use serde::{Deserialize, Serialize};

/// How a datapoint is compared with the threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Comparison {
    GreaterThanOrEqualToThreshold,
    GreaterThanThreshold,
    LessThanThreshold,
    LessThanOrEqualToThreshold,
    /// Anomaly detection: outside the band, below it, above it. These compare a datapoint's
    /// distance outside the band (`band_distance`) with a threshold of 0.
    LessThanLowerOrGreaterThanUpperThreshold,
    LessThanLowerThreshold,
    GreaterThanUpperThreshold,
}

impl std::str::FromStr for Comparison {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        use Comparison::*;
        Ok(match s {
            "GreaterThanOrEqualToThreshold" => GreaterThanOrEqualToThreshold,
            "GreaterThanThreshold" => GreaterThanThreshold,
            "LessThanThreshold" => LessThanThreshold,
            "LessThanOrEqualToThreshold" => LessThanOrEqualToThreshold,
            "LessThanLowerOrGreaterThanUpperThreshold" => LessThanLowerOrGreaterThanUpperThreshold,
            "LessThanLowerThreshold" => LessThanLowerThreshold,
            "GreaterThanUpperThreshold" => GreaterThanUpperThreshold,
            other => return Err(format!("unknown comparison operator '{other}'")),
        })
    }
}

impl Comparison {
    pub fn as_str(self) -> &'static str {
        match self {
            Comparison::GreaterThanOrEqualToThreshold => "GreaterThanOrEqualToThreshold",
            Comparison::GreaterThanThreshold => "GreaterThanThreshold",
            Comparison::LessThanThreshold => "LessThanThreshold",
            Comparison::LessThanOrEqualToThreshold => "LessThanOrEqualToThreshold",
            Comparison::LessThanLowerOrGreaterThanUpperThreshold => "LessThanLowerOrGreaterThanUpperThreshold",
            Comparison::LessThanLowerThreshold => "LessThanLowerThreshold",
            Comparison::GreaterThanUpperThreshold => "GreaterThanUpperThreshold",
        }
    }

    /// Whether it compares with an anomaly-detection band rather than a static threshold.
    pub fn is_band(self) -> bool {
        matches!(
            self,
            Comparison::LessThanLowerOrGreaterThanUpperThreshold
                | Comparison::LessThanLowerThreshold
                | Comparison::GreaterThanUpperThreshold
        )
    }

    /// How far `value` lies outside the band `(lower, upper)` on the side this operator
    /// watches: positive breaches.
    pub fn band_distance(self, value: f64, lower: f64, upper: f64) -> f64 {
        match self {
            Comparison::LessThanLowerThreshold => lower - value,
            Comparison::GreaterThanUpperThreshold => value - upper,
            _ => (lower - value).max(value - upper),
        }
    }

    pub fn breaches(self, value: f64, threshold: f64) -> bool {
        match self {
            Comparison::GreaterThanOrEqualToThreshold => value >= threshold,
            Comparison::GreaterThanThreshold => value > threshold,
            Comparison::LessThanThreshold => value < threshold,
            Comparison::LessThanOrEqualToThreshold => value <= threshold,
            // A band distance breaches when positive.
            _ => value > threshold,
        }
    }

    /// The words CloudWatch's reasons use.
    fn words(self) -> &'static str {
        match self {
            Comparison::GreaterThanOrEqualToThreshold => "greater than or equal to",
            Comparison::GreaterThanThreshold => "greater than",
            Comparison::LessThanThreshold => "less than",
            Comparison::LessThanOrEqualToThreshold => "less than or equal to",
            Comparison::LessThanLowerOrGreaterThanUpperThreshold => {
                "less than the lower thresholds or greater than the upper thresholds"
            }
            Comparison::LessThanLowerThreshold => "less than the lower thresholds",
            Comparison::GreaterThanUpperThreshold => "greater than the upper thresholds",
        }
    }
}

/// CloudWatch's reason for an anomaly-detection alarm's threshold evaluation: `rows` are the
/// datapoints decided on, most recent first, as (time, value, lower, upper).
pub fn band_reason(rule: &Rule, state: State, rows: &[(f64, f64, f64, f64)]) -> String {
    let breaching = rows.iter().filter(|r| rule.comparison.band_distance(r.1, r.2, r.3) > 0.0).count();
    let counted = if state == State::Alarm { breaching } else { rows.len() - breaching };
    let verb = match (counted != 1, state == State::Alarm) {
        (false, true) => "was",
        (true, true) => "were",
        (false, false) => "was not",
        (true, false) => "were not",
    };
    let shown =
        rows.iter().map(|&(t, v, _, _)| format!("{} ({})", number(v), reason_time(t))).collect::<Vec<_>>().join(", ");
    let list = |f: fn(&(f64, f64, f64, f64)) -> f64| rows.iter().map(|r| number(f(r))).collect::<Vec<_>>().join(", ");
    let bounds = match rule.comparison {
        Comparison::LessThanLowerThreshold => format!("less than the lower thresholds [{}]", list(|r| r.2)),
        Comparison::GreaterThanUpperThreshold => format!("greater than the upper thresholds [{}]", list(|r| r.3)),
        _ => format!(
            "less than the lower thresholds [{}] or greater than the upper thresholds [{}]",
            list(|r| r.2),
            list(|r| r.3)
        ),
    };
    let m = rule.m();
    let (min, transition) = if state == State::Alarm {
        (m, "OK -> ALARM")
    } else {
        (rule.evaluation_periods + 1 - m.min(rule.evaluation_periods), "ALARM -> OK")
    };
    format!(
        "Thresholds Crossed: {counted} out of the last {} datapoints [{shown}] {verb} {bounds} (minimum {min} datapoint{} for {transition} transition).",
        rows.len(),
        if min == 1 { "" } else { "s" }
    )
}

/// What missing datapoints count as (`missing` by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum TreatMissing {
    #[default]
    Missing,
    Ignore,
    Breaching,
    NotBreaching,
}

impl TreatMissing {
    pub fn as_str(self) -> &'static str {
        match self {
            TreatMissing::Missing => "missing",
            TreatMissing::Ignore => "ignore",
            TreatMissing::Breaching => "breaching",
            TreatMissing::NotBreaching => "notBreaching",
        }
    }
}

impl std::str::FromStr for TreatMissing {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "missing" => TreatMissing::Missing,
            "ignore" => TreatMissing::Ignore,
            "breaching" => TreatMissing::Breaching,
            "notBreaching" => TreatMissing::NotBreaching,
            other => {
                return Err(format!("unknown TreatMissingData '{other}' (breaching, notBreaching, ignore, missing)"));
            }
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum State {
    Ok,
    Alarm,
    InsufficientData,
}

impl std::str::FromStr for State {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "OK" => State::Ok,
            "ALARM" => State::Alarm,
            "INSUFFICIENT_DATA" => State::InsufficientData,
            other => return Err(format!("unknown alarm state '{other}' (OK, ALARM, INSUFFICIENT_DATA)")),
        })
    }
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Ok => "OK",
            State::Alarm => "ALARM",
            State::InsufficientData => "INSUFFICIENT_DATA",
        }
    }
}

/// The settings evaluation reads.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    pub comparison: Comparison,
    pub threshold: f64,
    /// N: the most recent periods that decide.
    pub evaluation_periods: usize,
    /// M of "M out of N"; `None`: N, and reasons are worded without "out of".
    pub datapoints_to_alarm: Option<usize>,
    pub treat_missing: TreatMissing,
}

/// Periods retrieved beyond N: the guide's one example retrieves 5 for N = 3.
pub const EXTRA_PERIODS: usize = 2;

impl Rule {
    /// How many periods an evaluation retrieves (its evaluation range).
    pub fn range(&self) -> usize {
        self.evaluation_periods + EXTRA_PERIODS
    }

    fn m(&self) -> usize {
        self.datapoints_to_alarm.unwrap_or(self.evaluation_periods)
    }
}

/// The outcome of one evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub state: State,
    pub reason: String,
    /// The datapoints it was decided on, as (time, value), most recent first.
    pub evaluated: Vec<(f64, f64)>,
}

/// `12/04/26 18:00:00` as CloudWatch writes dates in reasons (day/month/year, UTC).
fn reason_time(t: f64) -> String {
    jiff::Timestamp::from_second(t as i64).map(|ts| ts.strftime("%d/%m/%y %H:%M:%S").to_string()).unwrap_or_default()
}

/// `2026-12-04T18:00:00.000+0000`, as CloudWatch writes times in reason data and notifications.
pub fn reason_date(t: f64) -> String {
    jiff::Timestamp::from_second(t.floor() as i64)
        .map(|ts| ts.strftime("%Y-%m-%dT%H:%M:%S.000+0000").to_string())
        .unwrap_or_default()
}

fn number(v: f64) -> String {
    format!("{v:?}")
}

/// Evaluates `rule` over `points`: (start time, value) per period of the evaluation range, oldest
/// first. `current` is the state an `ignore` alarm keeps when the data decides nothing.
pub fn evaluate(rule: &Rule, points: &[(f64, Option<f64>)], current: State) -> Evaluation {
    let (n, m) = (rule.evaluation_periods, rule.m());
    let breaches = |v: f64| rule.comparison.breaches(v, rule.threshold);
    let real: Vec<(f64, f64)> = points.iter().filter_map(|&(t, v)| v.map(|v| (t, v))).collect();
    let keep = |why: Option<String>| Evaluation {
        state: current,
        reason: why.unwrap_or_else(|| "Unchecked: missing data is ignored and no datapoint decides".into()),
        evaluated: Vec::new(),
    };
    if real.len() >= n {
        // Enough real data: the most recent N decide; missing periods are skipped.
        let recent: Vec<(f64, f64)> = real.iter().rev().take(n).copied().collect();
        return threshold_reason(rule, recent, 0, m);
    }
    let missing = n - real.len();
    let recent: Vec<(f64, f64)> = real.iter().rev().copied().collect();
    let breaching = recent.iter().filter(|p| breaches(p.1)).count();
    let none_good = breaching == recent.len();
    match rule.treat_missing {
        TreatMissing::Breaching | TreatMissing::NotBreaching => threshold_reason(rule, recent, missing, m),
        _ if real.is_empty() && rule.treat_missing == TreatMissing::Ignore => keep(None),
        _ if real.is_empty() => Evaluation {
            state: State::InsufficientData,
            reason: format!("Insufficient Data: {n} datapoint{} unknown.", if n == 1 { " was" } else { "s were" }),
            evaluated: Vec::new(),
        },
        _ if breaching >= m || !none_good => threshold_reason(rule, recent, 0, m),
        // Only breaching points, too few: ALARM if the oldest breaching one in the last N
        // periods is at least M periods old and all newer ones breach or are missing (the
        // guide's rule against both premature and missed alarms); else nothing is decided yet.
        TreatMissing::Missing => {
            let last_n = &points[points.len().saturating_sub(n)..];
            let oldest = last_n.iter().position(|p| p.1.is_some_and(breaches)).map(|i| last_n.len() - i);
            if oldest.is_some_and(|age| age >= m) {
                threshold_reason(rule, recent, 0, 1)
            } else {
                Evaluation {
                    state: State::InsufficientData,
                    reason: format!(
                        "Insufficient Data: {missing} datapoint{} unknown.",
                        if missing == 1 { " was" } else { "s were" }
                    ),
                    evaluated: Vec::new(),
                }
            }
        }
        _ => keep(None),
    }
}

/// ALARM when at least `m` of `recent` (most recent first) plus `filled` missing datapoints
/// treated as the rule says breach, else OK; with CloudWatch's reason.
fn threshold_reason(rule: &Rule, recent: Vec<(f64, f64)>, filled: usize, m: usize) -> Evaluation {
    let filled_breach = rule.treat_missing == TreatMissing::Breaching;
    let real_breaching = recent.iter().filter(|p| rule.comparison.breaches(p.1, rule.threshold)).count();
    let breaching = real_breaching + if filled_breach { filled } else { 0 };
    let state = if breaching >= m { State::Alarm } else { State::Ok };
    let mut reason = String::from("Threshold Crossed: ");
    if recent.is_empty() {
        let _ = write!(
            reason,
            "no datapoints were received for {filled} period{} and {filled} missing datapoint{} treated as [{}].",
            if filled == 1 { "" } else { "s" },
            if filled == 1 { " was" } else { "s were" },
            if filled_breach { "Breaching" } else { "NonBreaching" }
        );
    } else {
        let shown =
            recent.iter().map(|&(t, v)| format!("{} ({})", number(v), reason_time(t))).collect::<Vec<_>>().join(", ");
        let counted = if state == State::Alarm { real_breaching } else { recent.len() - real_breaching };
        let plural = counted != 1;
        let verb = match (plural, state) {
            (false, State::Alarm) => "was",
            (true, State::Alarm) => "were",
            (false, _) => "was not",
            (true, _) => "were not",
        };
        let words = rule.comparison.words();
        let threshold = number(rule.threshold);
        match rule.datapoints_to_alarm {
            Some(dta) => {
                let (min, transition) = if state == State::Alarm {
                    (dta, "OK -> ALARM")
                } else {
                    (rule.evaluation_periods + 1 - dta.min(rule.evaluation_periods), "ALARM -> OK")
                };
                let _ = write!(
                    reason,
                    "{counted} out of the last {} datapoints [{shown}] {verb} {words} the threshold ({threshold}) (minimum {min} datapoint{} for {transition} transition).",
                    recent.len(),
                    if min == 1 { "" } else { "s" }
                );
            }
            None => {
                let _ = write!(
                    reason,
                    "{counted} datapoint{} [{shown}] {verb} {words} the threshold ({threshold}).",
                    if plural { "s" } else { "" }
                );
            }
        }
        if filled > 0 {
            let _ = write!(
                reason,
                " {filled} missing datapoint{} treated as [{}].",
                if filled == 1 { " was" } else { "s were" },
                if filled_breach { "Breaching" } else { "NonBreaching" }
            );
        }
    }
    Evaluation { state, reason, evaluated: recent }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A row of the guide's tables: `0` not breaching, `X` breaching, `-` missing, oldest first.
    fn row(text: &str) -> Vec<(f64, Option<f64>)> {
        text.split_whitespace()
            .enumerate()
            .map(|(i, c)| {
                let v = match c {
                    "0" => Some(0.0),
                    "X" => Some(5.0),
                    _ => None,
                };
                (1_764_000_000.0 + 60.0 * i as f64, v)
            })
            .collect()
    }

    fn outcome(m: usize, treat: TreatMissing, text: &str) -> &'static str {
        let rule = Rule {
            comparison: Comparison::GreaterThanOrEqualToThreshold,
            threshold: 3.0,
            evaluation_periods: 3,
            datapoints_to_alarm: Some(m),
            treat_missing: treat,
        };
        match evaluate(&rule, &row(text), State::Ok) {
            // "Retain current state" shows as the OK the alarm was in; told apart below.
            e if e.state == State::Ok && e.evaluated.is_empty() && !e.reason.starts_with("Threshold") => "retain",
            e => e.state.as_str(),
        }
    }

    /// The guide's table for Datapoints to Alarm = 3, Evaluation Periods = 3 (evaluation range 5):
    /// each row's outcome for MISSING, IGNORE, BREACHING, NOT BREACHING.
    #[test]
    fn three_of_three_follows_the_guides_table() {
        use TreatMissing::*;
        for (text, expected) in [
            ("0 - X - X", ["OK", "OK", "OK", "OK"]),
            ("0 - - - -", ["OK", "OK", "OK", "OK"]),
            ("- - - - -", ["INSUFFICIENT_DATA", "retain", "ALARM", "OK"]),
            ("0 X X - X", ["ALARM", "ALARM", "ALARM", "ALARM"]),
            ("- - X - -", ["ALARM", "retain", "ALARM", "OK"]),
        ] {
            let got = [Missing, Ignore, Breaching, NotBreaching].map(|t| outcome(3, t, text));
            assert_eq!(got, expected, "{text}");
        }
    }

    /// The guide's table for 2 out of 3.
    #[test]
    fn two_of_three_follows_the_guides_table() {
        use TreatMissing::*;
        for (text, expected) in [
            ("0 - X - X", ["ALARM", "ALARM", "ALARM", "ALARM"]),
            ("0 0 X 0 X", ["ALARM", "ALARM", "ALARM", "ALARM"]),
            ("0 - X - -", ["OK", "OK", "ALARM", "OK"]),
            ("- - - - 0", ["OK", "OK", "ALARM", "OK"]),
            ("- - - X -", ["ALARM", "retain", "ALARM", "OK"]),
        ] {
            let got = [Missing, Ignore, Breaching, NotBreaching].map(|t| outcome(2, t, text));
            assert_eq!(got, expected, "{text}");
        }
    }

    /// "Avoiding premature transitions": `- - - - X` with M = 3 does not go to ALARM at once.
    #[test]
    fn a_lone_new_breach_does_not_alarm_early() {
        assert_eq!(outcome(3, TreatMissing::Missing, "- - - - X"), "INSUFFICIENT_DATA");
    }

    #[test]
    fn reasons_read_as_cloudwatch_writes_them() {
        let rule = Rule {
            comparison: Comparison::GreaterThanThreshold,
            threshold: 2.0,
            evaluation_periods: 1,
            datapoints_to_alarm: None,
            treat_missing: TreatMissing::Missing,
        };
        let e = evaluate(&rule, &[(1_698_338_520.0, Some(21.5))], State::Ok);
        assert_eq!(e.state, State::Alarm);
        assert_eq!(
            e.reason,
            "Threshold Crossed: 1 datapoint [21.5 (26/10/23 16:42:00)] was greater than the threshold (2.0)."
        );
        let m_of_n =
            Rule { datapoints_to_alarm: Some(1), comparison: Comparison::GreaterThanOrEqualToThreshold, ..rule };
        let e = evaluate(&m_of_n, &[(1_698_338_520.0, Some(0.0))], State::Alarm);
        assert_eq!(
            e.reason,
            "Threshold Crossed: 1 out of the last 1 datapoints [0.0 (26/10/23 16:42:00)] was not greater than or equal to the threshold (2.0) (minimum 1 datapoint for ALARM -> OK transition)."
        );
        let breaching = Rule { treat_missing: TreatMissing::Breaching, evaluation_periods: 2, ..rule };
        let e = evaluate(&breaching, &[(0.0, None), (60.0, None), (120.0, None), (180.0, None)], State::Ok);
        assert_eq!(
            e.reason,
            "Threshold Crossed: no datapoints were received for 2 periods and 2 missing datapoints were treated as [Breaching]."
        );
        let nothing = evaluate(&rule, &[(0.0, None)], State::Ok);
        assert_eq!(nothing.reason, "Insufficient Data: 1 datapoint was unknown.");
    }

    proptest! {
        /// With as many real datapoints as periods, how missing data is treated changes nothing.
        #[test]
        fn full_data_ignores_the_missing_data_setting(values in proptest::collection::vec(0.0f64..10.0, 5), m in 1usize..=3) {
            let points: Vec<(f64, Option<f64>)> = values.iter().enumerate().map(|(i, v)| (60.0 * i as f64, Some(*v))).collect();
            let states: Vec<State> = [TreatMissing::Missing, TreatMissing::Ignore, TreatMissing::Breaching, TreatMissing::NotBreaching]
                .into_iter()
                .map(|t| {
                    let rule = Rule { comparison: Comparison::GreaterThanThreshold, threshold: 5.0, evaluation_periods: 3, datapoints_to_alarm: Some(m), treat_missing: t };
                    evaluate(&rule, &points, State::InsufficientData).state
                })
                .collect();
            prop_assert!(states.windows(2).all(|w| w[0] == w[1]));
            prop_assert!(states[0] != State::InsufficientData);
        }

        /// Treating missing data as breaching never yields a better state than treating it as not breaching.
        #[test]
        fn breaching_is_never_kinder(slots in proptest::collection::vec(proptest::option::of(0.0f64..10.0), 5), m in 1usize..=3) {
            let points: Vec<(f64, Option<f64>)> = slots.iter().enumerate().map(|(i, v)| (60.0 * i as f64, *v)).collect();
            let state = |t| evaluate(&Rule { comparison: Comparison::GreaterThanThreshold, threshold: 5.0, evaluation_periods: 3, datapoints_to_alarm: Some(m), treat_missing: t }, &points, State::Ok).state;
            prop_assert!(!(state(TreatMissing::NotBreaching) == State::Alarm && state(TreatMissing::Breaching) == State::Ok));
        }
    }

    #[test]
    fn band_operators_compare_the_distance_outside_the_band() {
        use Comparison::*;
        assert_eq!(LessThanLowerThreshold.band_distance(1.0, 3.0, 5.0), 2.0);
        assert_eq!(GreaterThanUpperThreshold.band_distance(1.0, 3.0, 5.0), -4.0);
        assert_eq!(LessThanLowerOrGreaterThanUpperThreshold.band_distance(6.0, 3.0, 5.0), 1.0);
        assert!(LessThanLowerThreshold.is_band() && !LessThanThreshold.is_band());
        let rule = Rule {
            comparison: LessThanLowerThreshold,
            threshold: 0.0,
            evaluation_periods: 1,
            datapoints_to_alarm: None,
            treat_missing: TreatMissing::Missing,
        };
        let e = evaluate(&rule, &[(1_764_000_000.0, Some(2.0))], State::Ok);
        assert_eq!(e.state, State::Alarm);
        assert_eq!(
            band_reason(&rule, e.state, &[(1_764_000_000.0, 1.0, 3.0, 5.0)]),
            "Thresholds Crossed: 1 out of the last 1 datapoints [1.0 (24/11/25 16:00:00)] was less than the lower thresholds [3.0] (minimum 1 datapoint for OK -> ALARM transition)."
        );
    }
}
