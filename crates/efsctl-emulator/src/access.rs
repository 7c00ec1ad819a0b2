//! Who may ask the daemon what, before any handler runs: requests a web page could make
//! (an `Origin`, a cross-site fetch, a Host name that is not this emulator's, as DNS rebinding
//! sends) are refused; control requests that change something come only from the user who
//! owns the data directory, or root, told apart by the uid of the connecting socket.

use std::net::{IpAddr, SocketAddr};

use axum::http::HeaderMap;

/// The two ends of a request's TCP connection, attached to every request by the transport.
#[derive(Debug, Clone, Copy)]
pub struct Connection {
    pub peer: SocketAddr,
    pub local: SocketAddr,
}

/// Who sent a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caller {
    /// A process on this machine, running as this uid.
    Local(u32),
    /// Another machine (only with `--allow-remote`).
    Remote,
    /// A loopback connection whose socket could not be found.
    Unidentified,
}

/// Names and origins a request may carry besides this machine's loopback names.
#[derive(Debug, Clone, Default)]
pub struct BrowserRules {
    /// Host names clients use for the emulator (e.g. a container's service name).
    pub allow_hosts: Vec<String>,
    /// Web origins allowed to call the emulator (`*`: any).
    pub allow_origins: Vec<String>,
}

/// The host part of a Host header: `[::1]:4566` → `::1`, `efs:4566` → `efs`.
fn host_name(host: &str) -> String {
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or_default(),
        None => {
            host.rsplit_once(':').filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit())).map_or(host, |h| h.0)
        }
    };
    name.trim_end_matches('.').to_ascii_lowercase()
}

impl BrowserRules {
    /// Why the request must be refused as one a browser could have been made to send, if it must.
    pub fn refusal(&self, headers: &HeaderMap) -> Option<String> {
        let header = |name: &str| headers.get(name).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let origin = header("origin");
        let origin_allowed = |o: &str| self.allow_origins.iter().any(|a| a == "*" || a.eq_ignore_ascii_case(o));
        if let Some(o) = &origin
            && !origin_allowed(o)
        {
            return Some(format!(
                "requests from web pages are refused (Origin: {o}); start the emulator with --allow-origin {o} to allow that page"
            ));
        }
        // A cross-site fetch without an Origin (an image or a link to a GET URL).
        if let Some(site) = header("sec-fetch-site")
            && !matches!(site.as_str(), "none" | "same-origin")
            && origin.is_none()
            && !origin_allowed("*")
        {
            return Some(format!("requests a web page makes ({site} fetch) are refused"));
        }
        let host = header("host")?;
        let name = host_name(&host);
        // An IP address cannot be rebound; names other than localhost could be.
        let known = name.parse::<IpAddr>().is_ok()
            || name == "localhost"
            || self.allow_hosts.iter().any(|h| h.eq_ignore_ascii_case(&name));
        (!known).then(|| {
            format!(
                "Host '{}' is not a name of this emulator, so the request is refused (it could come from a web page through DNS rebinding); if clients reach the emulator by that name, start it with --allow-host {name}",
                efsctl_core::model::clipped(&host, 100)
            )
        })
    }
}

/// `::ffff:a.b.c.d` as `a.b.c.d`, so an IPv4 client of a dual-stack listener is found.
fn canonical(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => SocketAddr::new(IpAddr::V4(v4), addr.port()),
            None => addr,
        },
        IpAddr::V4(_) => addr,
    }
}

/// An address of `/proc/net/tcp{,6}`: hex words in host byte order, then `:PORT` in hex.
fn proc_address(field: &str) -> Option<SocketAddr> {
    let (ip, port) = field.split_once(':')?;
    let port = u16::from_str_radix(port, 16).ok()?;
    let words: Vec<u32> = (0..ip.len() / 8)
        .map(|i| ip.get(i * 8..i * 8 + 8).and_then(|w| u32::from_str_radix(w, 16).ok()))
        .collect::<Option<_>>()?;
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_ne_bytes()).collect();
    let ip = match bytes.len() {
        4 => IpAddr::from(<[u8; 4]>::try_from(bytes).ok()?),
        16 => IpAddr::from(<[u8; 16]>::try_from(bytes).ok()?),
        _ => return None,
    };
    Some(canonical(SocketAddr::new(ip, port)))
}

/// The uid that owns the client's end of a loopback connection, read from the kernel's
/// socket tables (as identd does): the row whose local end is our peer and whose remote end is us.
fn loopback_peer_uid(c: &Connection, tables: &[String]) -> Option<u32> {
    let (peer, local) = (canonical(c.peer), canonical(c.local));
    tables.iter().flat_map(|t| t.lines().skip(1)).find_map(|row| {
        let fields: Vec<&str> = row.split_whitespace().collect();
        let (ours, theirs) = (proc_address(fields.get(1)?)?, proc_address(fields.get(2)?)?);
        (ours == peer && theirs == local).then(|| fields.get(7)?.parse().ok()).flatten()
    })
}

impl Caller {
    pub fn of(connection: Option<&Connection>) -> Caller {
        let Some(c) = connection else { return Caller::Unidentified };
        if !canonical(c.peer).ip().is_loopback() {
            return Caller::Remote;
        }
        let tables: Vec<String> =
            ["/proc/net/tcp", "/proc/net/tcp6"].iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
        loopback_peer_uid(c, &tables).map_or(Caller::Unidentified, Caller::Local)
    }

    /// Whether this caller may change the emulator or this machine (mount, reset, stop, move
    /// the clock…): the data directory's owner or root; remote callers got here only through
    /// `--allow-remote`, signed when credentials are configured.
    pub fn may_control(&self, owner: u32) -> Result<(), String> {
        match *self {
            Caller::Local(uid) if uid == owner || uid == 0 => Ok(()),
            Caller::Remote => Ok(()),
            Caller::Local(uid) => Err(format!(
                "only the emulator's owner (uid {owner}, who owns its data directory) or root may do this; you are uid {uid}: run your own emulator (efsctl starts one per user)"
            )),
            Caller::Unidentified => Err("the caller's user could not be identified, so the request is refused".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn browsers_and_strange_hosts_are_refused() {
        let rules =
            BrowserRules { allow_hosts: vec!["efs".into()], allow_origins: vec!["http://localhost:3000".into()] };
        for ok in ["127.0.0.1:4566", "localhost:4566", "[::1]:4566", "10.0.0.5", "efs:4566", "LOCALHOST."] {
            assert_eq!(rules.refusal(&headers(&[("host", ok)])), None, "{ok}");
        }
        assert_eq!(rules.refusal(&HeaderMap::new()), None);
        for bad in ["evil.example", "evil.example:4566", "localhost.evil.example"] {
            assert!(rules.refusal(&headers(&[("host", bad)])).is_some(), "{bad}");
        }
        assert!(rules.refusal(&headers(&[("host", "127.0.0.1"), ("origin", "http://evil.example")])).is_some());
        assert!(rules.refusal(&headers(&[("host", "127.0.0.1"), ("origin", "null")])).is_some());
        assert_eq!(rules.refusal(&headers(&[("host", "127.0.0.1"), ("origin", "http://localhost:3000")])), None);
        assert!(rules.refusal(&headers(&[("host", "127.0.0.1"), ("sec-fetch-site", "cross-site")])).is_some());
        assert_eq!(rules.refusal(&headers(&[("host", "127.0.0.1"), ("sec-fetch-site", "none")])), None);
    }

    #[test]
    fn finds_the_uid_of_a_loopback_peer() {
        let table =
            "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   \
            0: 0100007F:1A0A 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1\n   \
            1: 0100007F:C350 0100007F:1A0A 01 00000000:00000000 00:00000000 00000000  1000        0 2 1\n   \
            2: 0100007F:1A0A 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 3 1\n"
                .to_string();
        let c = Connection { peer: "127.0.0.1:50000".parse().unwrap(), local: "127.0.0.1:6666".parse().unwrap() };
        assert_eq!(loopback_peer_uid(&c, std::slice::from_ref(&table)), Some(1000));
        let mapped = Connection { peer: "[::ffff:127.0.0.1]:50000".parse().unwrap(), local: c.local };
        assert_eq!(loopback_peer_uid(&mapped, std::slice::from_ref(&table)), Some(1000));
        let other = Connection { peer: "127.0.0.1:50001".parse().unwrap(), local: c.local };
        assert_eq!(loopback_peer_uid(&other, &[table]), None);
        let v6 = "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   \
            0: 00000000000000000000000001000000:C350 00000000000000000000000001000000:1A0A 01 00000000:00000000 00:00000000 00000000  1001        0 4 1\n"
            .to_string();
        let c6 = Connection { peer: "[::1]:50000".parse().unwrap(), local: "[::1]:6666".parse().unwrap() };
        assert_eq!(loopback_peer_uid(&c6, &[v6]), Some(1001));
    }

    #[test]
    fn only_the_owner_and_root_control() {
        assert!(Caller::Local(1000).may_control(1000).is_ok());
        assert!(Caller::Local(0).may_control(1000).is_ok());
        assert!(Caller::Local(1001).may_control(1000).is_err());
        assert!(Caller::Unidentified.may_control(1000).is_err());
    }
}
