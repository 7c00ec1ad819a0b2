//! `*`/`?` wildcard matching, as IAM action names and EC2 filter values use it.

/// Case-sensitive match of `text` against `pattern` (`*` any run, `?` one character).
pub fn matches(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

#[cfg(test)]
mod tests {
    use super::matches;
    use proptest::prelude::*;

    #[test]
    fn examples() {
        assert!(matches("elasticfilesystem:Client*", "elasticfilesystem:ClientWrite"));
        assert!(matches("us-east-1?", "us-east-1a"));
        assert!(!matches("elasticfilesystem:Describe?", "elasticfilesystem:DescribeFileSystems"));
        assert!(!matches("abc", "ABC"));
    }

    proptest! {
        #[test]
        fn star_and_self_match(s in "[a-zA-Z:*?]{0,30}") {
            prop_assert!(matches("*", &s));
            prop_assert!(matches(&s, &s));
        }
    }
}
