//! Page tokens (EFS markers, EC2 and CloudWatch next tokens): opaque to clients and bound to
//! the listing that made them, so a token from another listing, another request or edited by
//! hand is refused instead of resuming somewhere arbitrary.

use std::hash::{DefaultHasher, Hash, Hasher};

/// A token that resumes `scope` (what is being listed, and how) at `position`.
pub fn token(scope: &str, position: &str) -> String {
    format!("{position}.{:016x}", check(scope, position))
}

/// The position a token of `scope` resumes at, if it is one.
pub fn position<'t>(scope: &str, token: &'t str) -> Option<&'t str> {
    let (position, sum) = token.rsplit_once('.')?;
    (sum.len() == 16 && u64::from_str_radix(sum, 16).ok()? == check(scope, position)).then_some(position)
}

/// The scope of a listing: what is listed (`kind`) and the parameters it was asked with, those
/// that only page (`paging`: the token, the page size) aside.
pub fn scope<'p>(kind: &str, params: impl IntoIterator<Item = (&'p str, &'p str)>, paging: &[&str]) -> String {
    let mut scope = kind.to_string();
    for (k, v) in params.into_iter().filter(|(k, _)| !paging.contains(k)) {
        scope.push_str(&format!("&{k}={v}"));
    }
    scope
}

fn check(scope: &str, position: &str) -> u64 {
    let mut h = DefaultHasher::new();
    (scope, position).hash(&mut h);
    h.finish()
}

/// The hex number a token of `scope` resumes at.
fn resume_at(scope: &str, token: &str) -> Result<u64, String> {
    position(scope, token).and_then(|p| u64::from_str_radix(p, 16).ok()).ok_or_else(|| {
        format!(
            "invalid pagination token '{}': it does not belong to this listing",
            efsctl_core::model::clipped(token, 40)
        )
    })
}

/// Pages items in creation order: a token names the seq of the next page's first item.
pub fn by_seq<'a, T>(
    items: Vec<&'a T>,
    seq: impl Fn(&T) -> u64,
    scope: &str,
    resume: Option<&str>,
    max: usize,
) -> Result<(Vec<&'a T>, Option<String>), String> {
    let start = match resume {
        None => 0,
        Some(t) => {
            let from = resume_at(scope, t)?;
            items.iter().position(|i| seq(i) >= from).unwrap_or(items.len())
        }
    };
    let rest = &items[start..];
    let next = rest.get(max).map(|i| token(scope, &format!("{:x}", seq(i))));
    Ok((rest.iter().take(max).copied().collect(), next))
}

/// Pages items that have no sequence numbers by position: a token names the next page's first
/// index (a position beyond the last item, as when items went meanwhile, is refused).
pub fn by_index<'a, T>(
    items: &'a [T],
    scope: &str,
    resume: Option<&str>,
    max: usize,
) -> Result<(&'a [T], Option<String>), String> {
    let start = match resume {
        None => 0,
        Some(t) => usize::try_from(resume_at(scope, t)?).ok().filter(|i| *i <= items.len()).ok_or_else(|| {
            format!("invalid pagination token '{}': the listing has changed since", efsctl_core::model::clipped(t, 40))
        })?,
    };
    let end = start.saturating_add(max).min(items.len());
    Ok((&items[start..end], (end < items.len()).then(|| token(scope, &format!("{end:x}")))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn tokens_resume_only_their_own_scope(scope in ".{0,40}", other in ".{0,40}", pos in "[0-9a-f]{1,16}") {
            let t = token(&scope, &pos);
            prop_assert_eq!(position(&scope, &t), Some(pos.as_str()));
            if other != scope {
                prop_assert_eq!(position(&other, &t), None);
            }
        }
    }

    #[test]
    fn edited_or_junk_tokens_are_refused() {
        let t = token("DescribeTags", "5");
        assert_eq!(position("DescribeTags", &t.replacen('5', "6", 1)), None);
        for junk in ["", ".", "5", "0000000000000005", "zz.zz"] {
            assert_eq!(position("DescribeTags", junk), None, "{junk}");
        }
    }

    #[test]
    fn pages_cover_everything_once() {
        let items: Vec<u64> = (10..35).collect();
        let (mut seen, mut next) = (Vec::new(), None::<String>);
        loop {
            let (page, n) = by_seq(items.iter().collect(), |i| *i, "s", next.as_deref(), 7).unwrap();
            seen.extend(page.into_iter().copied());
            match n {
                Some(t) => next = Some(t),
                None => break,
            }
        }
        assert_eq!(seen, items);
        assert!(by_seq(items.iter().collect(), |i| *i, "other", Some(&token("s", "11")), 7).is_err());
        let (mut seen, mut next) = (Vec::new(), None::<String>);
        loop {
            let (page, n) = by_index(&items, "s", next.as_deref(), 4).unwrap();
            seen.extend_from_slice(page);
            match n {
                Some(t) => next = Some(t),
                None => break,
            }
        }
        assert_eq!(seen, items);
        assert!(by_index(&items, "other", Some(&token("s", "4")), 4).is_err());
        assert!(by_index(&items[..2], "s", Some(&token("s", "4")), 4).is_err(), "past the end");
    }
}
