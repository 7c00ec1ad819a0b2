//! CloudWatch metric math over time series: `+ - * /`, parentheses, numbers, query ids, arrays
//! (`[m1, m2]`), and PERIOD, RATE, DIFF, FILL, SUM, AVG, MIN, MAX, ABS and METRICS() — enough
//! for the throughput expressions EFS users write (`m1/PERIOD(m1)`, `SUM([m1, m2])/1048576`,
//! `FILL(m1, 0)`).

#[derive(Debug, Clone, PartialEq)]
pub struct TimeSeries {
    pub period: f64,
    /// (timestamp, value), ascending.
    pub points: Vec<(f64, f64)>,
}

#[derive(Debug, Clone)]
enum Val {
    Scalar(f64),
    Series(TimeSeries),
    List(Vec<TimeSeries>),
}

struct Parser<'a> {
    chars: Vec<char>,
    pos: usize,
    env: &'a [(String, TimeSeries)],
    /// The query's time range, which FILL fills.
    range: (f64, f64),
}

fn combine(a: Val, b: Val, f: &dyn Fn(f64, f64) -> f64) -> Result<Val, String> {
    let finite = |pts: Vec<(f64, f64)>| pts.into_iter().filter(|(_, v)| v.is_finite()).collect();
    Ok(match (a, b) {
        (Val::Scalar(x), Val::Scalar(y)) => Val::Scalar(f(x, y)),
        (Val::Series(s), Val::Scalar(y)) => Val::Series(TimeSeries {
            period: s.period,
            points: finite(s.points.iter().map(|(t, v)| (*t, f(*v, y))).collect()),
        }),
        (Val::Scalar(x), Val::Series(s)) => Val::Series(TimeSeries {
            period: s.period,
            points: finite(s.points.iter().map(|(t, v)| (*t, f(x, *v))).collect()),
        }),
        (Val::Series(a), Val::Series(b)) => Val::Series(TimeSeries {
            period: a.period,
            points: finite(
                a.points
                    .iter()
                    .filter_map(|(t, v)| b.points.iter().find(|(tb, _)| tb == t).map(|(_, w)| (*t, f(*v, *w))))
                    .collect(),
            ),
        }),
        _ => return Err("arithmetic on a list of series needs SUM/AVG/MIN/MAX first".into()),
    })
}

/// Element-wise reduction of several series over their common timestamps.
fn reduce(list: Vec<TimeSeries>, f: &dyn Fn(&[f64]) -> f64) -> Result<Val, String> {
    let first = list.first().ok_or("the function needs at least one series")?;
    let mut times: Vec<f64> = list.iter().flat_map(|s| s.points.iter().map(|(t, _)| *t)).collect();
    times.sort_by(f64::total_cmp);
    times.dedup();
    let points = times
        .into_iter()
        .map(|t| {
            let vals: Vec<f64> =
                list.iter().filter_map(|s| s.points.iter().find(|(ts, _)| *ts == t).map(|(_, v)| *v)).collect();
            (t, f(&vals))
        })
        .collect();
    Ok(Val::Series(TimeSeries { period: first.period, points }))
}

impl Parser<'_> {
    fn peek(&mut self) -> Option<char> {
        while self.chars.get(self.pos).is_some_and(|c| c.is_whitespace()) {
            self.pos += 1;
        }
        self.chars.get(self.pos).copied()
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(format!("expected '{c}' at position {}", self.pos))
        }
    }

    fn expr(&mut self, depth: usize) -> Result<Val, String> {
        if depth > 64 {
            return Err("the expression nests too deeply".into());
        }
        let mut left = self.term(depth)?;
        while let Some(op @ ('+' | '-')) = self.peek() {
            self.pos += 1;
            let right = self.term(depth)?;
            left = combine(left, right, &move |a, b| if op == '+' { a + b } else { a - b })?;
        }
        Ok(left)
    }

    fn term(&mut self, depth: usize) -> Result<Val, String> {
        let mut left = self.factor(depth)?;
        while let Some(op @ ('*' | '/')) = self.peek() {
            self.pos += 1;
            let right = self.factor(depth)?;
            left = combine(left, right, &move |a, b| if op == '*' { a * b } else { a / b })?;
        }
        Ok(left)
    }

    fn factor(&mut self, depth: usize) -> Result<Val, String> {
        match self.peek() {
            Some('(') => {
                self.pos += 1;
                let v = self.expr(depth + 1)?;
                self.expect(')')?;
                Ok(v)
            }
            Some('-') => {
                self.pos += 1;
                combine(Val::Scalar(-1.0), self.factor(depth + 1)?, &|a, b| a * b)
            }
            Some('[') => {
                self.pos += 1;
                let mut list = Vec::new();
                loop {
                    match self.expr(depth + 1)? {
                        Val::Series(s) => list.push(s),
                        Val::List(l) => list.extend(l),
                        Val::Scalar(_) => return Err("an array holds time series".into()),
                    }
                    if self.peek() != Some(',') {
                        break;
                    }
                    self.pos += 1;
                }
                self.expect(']')?;
                Ok(Val::List(list))
            }
            Some(c) if c.is_ascii_digit() || c == '.' => {
                let start = self.pos;
                while self
                    .chars
                    .get(self.pos)
                    .is_some_and(|c| c.is_ascii_digit() || *c == '.' || *c == 'e' || *c == 'E')
                {
                    self.pos += 1;
                }
                let text: String = self.chars[start..self.pos].iter().collect();
                text.parse().map(Val::Scalar).map_err(|_| format!("'{text}' is not a number"))
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let start = self.pos;
                while self.chars.get(self.pos).is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_') {
                    self.pos += 1;
                }
                let name: String = self.chars[start..self.pos].iter().collect();
                if self.peek() == Some('(') {
                    self.pos += 1;
                    let mut args = Vec::new();
                    if self.peek() != Some(')') {
                        args.push(self.expr(depth + 1)?);
                        while self.peek() == Some(',') {
                            self.pos += 1;
                            args.push(self.expr(depth + 1)?);
                        }
                    }
                    self.expect(')')?;
                    self.call(&name, args)
                } else {
                    self.env
                        .iter()
                        .find(|(id, _)| *id == name)
                        .map(|(_, s)| Val::Series(s.clone()))
                        .ok_or_else(|| format!("unknown id '{name}'"))
                }
            }
            other => Err(format!("unexpected {:?} at position {}", other, self.pos)),
        }
    }

    fn call(&self, name: &str, args: Vec<Val>) -> Result<Val, String> {
        let series_args = |args: Vec<Val>| -> Result<Vec<TimeSeries>, String> {
            let mut out = Vec::new();
            for a in args {
                match a {
                    Val::Series(s) => out.push(s),
                    Val::List(l) => out.extend(l),
                    Val::Scalar(_) => return Err(format!("{name} takes series")),
                }
            }
            Ok(out)
        };
        match name.to_ascii_uppercase().as_str() {
            "METRICS" => Ok(Val::List(self.env.iter().map(|(_, s)| s.clone()).collect())),
            "PERIOD" => match args.as_slice() {
                [Val::Series(s)] => Ok(Val::Scalar(s.period)),
                _ => Err("PERIOD takes one series".into()),
            },
            "RATE" => match args.as_slice() {
                [Val::Series(s)] => Ok(Val::Series(TimeSeries {
                    period: s.period,
                    points: s.points.windows(2).map(|w| (w[1].0, (w[1].1 - w[0].1) / (w[1].0 - w[0].0))).collect(),
                })),
                _ => Err("RATE takes one series".into()),
            },
            "DIFF" => match args.as_slice() {
                [Val::Series(s)] => Ok(Val::Series(TimeSeries {
                    period: s.period,
                    points: s.points.windows(2).map(|w| (w[1].0, w[1].1 - w[0].1)).collect(),
                })),
                _ => Err("DIFF takes one series".into()),
            },
            // Every period of the query's range without a value gets `value`.
            "FILL" => match args.as_slice() {
                [Val::Series(s), Val::Scalar(value)] => {
                    let p = s.period;
                    let steps =
                        ((self.range.1 / p).ceil() - (self.range.0 / p).ceil()).clamp(0.0, 1_000_000.0) as usize;
                    let grid = (0..steps).map(|i| ((self.range.0 / p).ceil() + i as f64) * p);
                    let points = grid
                        .map(|t| (t, s.points.iter().find(|(ts, _)| *ts == t).map_or(*value, |(_, v)| *v)))
                        .collect();
                    Ok(Val::Series(TimeSeries { period: p, points }))
                }
                _ => Err("FILL takes a series and a number".into()),
            },
            "ABS" => match args.into_iter().next() {
                Some(v) => combine(v, Val::Scalar(0.0), &|a, _| a.abs()),
                None => Err("ABS takes one argument".into()),
            },
            "SUM" => reduce(series_args(args)?, &|v| v.iter().sum()),
            "AVG" => reduce(series_args(args)?, &|v| v.iter().sum::<f64>() / v.len().max(1) as f64),
            "MIN" => reduce(series_args(args)?, &|v| v.iter().copied().fold(f64::INFINITY, f64::min)),
            "MAX" => reduce(series_args(args)?, &|v| v.iter().copied().fold(f64::NEG_INFINITY, f64::max)),
            other => Err(format!("the function {other} is not supported by the emulator")),
        }
    }
}

/// Evaluates `expr` with the query results in `env` over the query's time `range`; the result
/// must be one time series.
pub fn evaluate(expr: &str, env: &[(String, TimeSeries)], range: (f64, f64)) -> Result<TimeSeries, String> {
    if expr.len() > 2048 {
        return Err("expressions are at most 2048 characters".into());
    }
    let mut p = Parser { chars: expr.chars().collect(), pos: 0, env, range };
    let v = p.expr(0)?;
    if p.peek().is_some() {
        return Err(format!("unexpected text at position {}", p.pos));
    }
    match v {
        Val::Series(s) => Ok(s),
        Val::Scalar(_) => Err("the expression must return a time series".into()),
        Val::List(_) => Err("the expression returns several series; reduce them with SUM, AVG, MIN or MAX".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const R: (f64, f64) = (0.0, 240.0);

    fn ts(points: &[(f64, f64)]) -> TimeSeries {
        TimeSeries { period: 60.0, points: points.to_vec() }
    }

    #[test]
    fn throughput_expressions() {
        let env = vec![
            ("m1".to_string(), ts(&[(0.0, 6_291_456.0), (60.0, 62_914_560.0)])),
            ("m2".to_string(), ts(&[(0.0, 60.0), (60.0, 0.0)])),
        ];
        let mibps = evaluate("m1/PERIOD(m1)/1048576", &env, R).unwrap();
        assert_eq!(mibps.points, vec![(0.0, 0.1), (60.0, 1.0)]);
        assert_eq!(evaluate("SUM(METRICS())", &env, R).unwrap().points[0], (0.0, 6_291_516.0));
        assert_eq!(evaluate("(m1 + m2) * 2 - m2", &env, R).unwrap().points[1], (60.0, 125_829_120.0));
        assert_eq!(evaluate("RATE(m2)", &env, R).unwrap().points, vec![(60.0, -1.0)]);
        assert_eq!(evaluate("SUM([m1, m2])", &env, R).unwrap().points[0], (0.0, 6_291_516.0));
        assert_eq!(evaluate("MAX([m2, m2 * 2])", &env, R).unwrap().points[0], (0.0, 120.0));
        assert_eq!(evaluate("DIFF(m2)", &env, R).unwrap().points, vec![(60.0, -60.0)]);
        assert_eq!(
            evaluate("FILL(m2, 7)", &env, R).unwrap().points,
            vec![(0.0, 60.0), (60.0, 0.0), (120.0, 7.0), (180.0, 7.0)]
        );
        assert!(evaluate("[m1, 3]", &env, R).is_err());
        assert!(evaluate("[m1, m2", &env, R).is_err());
        assert!(evaluate("m1 /", &env, R).is_err());
        assert!(evaluate("FOO(m1)", &env, R).is_err());
        assert!(evaluate("3", &env, R).is_err());
        assert!(evaluate("m9", &env, R).is_err());
        assert!(evaluate(&"(".repeat(500), &env, R).is_err());
    }

    proptest! {
        #[test]
        fn never_panics(expr in "[m12()+*/ ,.\\[\\]A-Z0-9-]{0,60}") {
            let env = vec![("m1".to_string(), ts(&[(0.0, 1.0)]))];
            let _ = evaluate(&expr, &env, R);
        }
    }
}
