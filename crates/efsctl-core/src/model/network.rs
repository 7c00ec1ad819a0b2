//! IPv4 CIDR arithmetic for VPCs, subnets, security-group rules and mount-target addresses.

use std::fmt;
use std::net::Ipv4Addr;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cidr {
    base: u32,
    prefix: u8,
}

impl Cidr {
    pub fn new(addr: Ipv4Addr, prefix: u8) -> Option<Self> {
        if prefix > 32 {
            return None;
        }
        let base = u32::from(addr) & Self::mask(prefix);
        Some(Cidr { base, prefix })
    }

    fn mask(prefix: u8) -> u32 {
        if prefix == 0 { 0 } else { u32::MAX << (32 - prefix) }
    }

    pub fn prefix(&self) -> u8 {
        self.prefix
    }

    pub fn network(&self) -> Ipv4Addr {
        Ipv4Addr::from(self.base)
    }

    pub fn size(&self) -> u64 {
        1u64 << (32 - self.prefix)
    }

    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        u32::from(ip) & Self::mask(self.prefix) == self.base
    }

    pub fn contains_cidr(&self, other: &Cidr) -> bool {
        other.prefix >= self.prefix && self.contains(other.network())
    }

    pub fn overlaps(&self, other: &Cidr) -> bool {
        self.contains_cidr(other) || other.contains_cidr(self)
    }

    /// Addresses a subnet can hand out: AWS reserves the first four and the last one.
    pub fn assignable(&self) -> impl Iterator<Item = Ipv4Addr> + '_ {
        let size = self.size();
        (4..size.saturating_sub(1)).map(move |offset| Ipv4Addr::from(self.base + offset as u32))
    }

    pub fn assignable_count(&self) -> u64 {
        self.size().saturating_sub(5)
    }

    /// The `n`-th block of `prefix` length inside this one (for laying out default subnets).
    pub fn nth_subnet(&self, prefix: u8, n: u32) -> Option<Cidr> {
        if prefix < self.prefix || prefix > 32 {
            return None;
        }
        let step = 1u64 << (32 - prefix);
        let offset = step.checked_mul(n as u64)?;
        if offset >= self.size() {
            return None;
        }
        Cidr::new(Ipv4Addr::from(self.base + offset as u32), prefix)
    }
}

impl FromStr for Cidr {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (addr, prefix) = s.split_once('/').ok_or_else(|| format!("'{s}' is not a CIDR block (expected a.b.c.d/n)"))?;
        let addr: Ipv4Addr = addr.parse().map_err(|_| format!("'{s}' is not a valid IPv4 CIDR block"))?;
        let prefix: u8 = prefix.parse().ok().filter(|p| *p <= 32).ok_or_else(|| format!("'{s}' has an invalid prefix length"))?;
        Cidr::new(addr, prefix).ok_or_else(|| format!("'{s}' is not a valid IPv4 CIDR block"))
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.network(), self.prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn default_vpc_layout() {
        let vpc: Cidr = "172.31.0.0/16".parse().unwrap();
        assert_eq!(vpc.nth_subnet(20, 1).unwrap().to_string(), "172.31.16.0/20");
        assert_eq!(vpc.nth_subnet(20, 16), None);
        let sub = vpc.nth_subnet(20, 0).unwrap();
        assert_eq!(sub.assignable().next().unwrap().to_string(), "172.31.0.4");
        assert_eq!(sub.assignable_count(), 4091);
        assert!(vpc.contains_cidr(&sub) && !sub.contains_cidr(&vpc) && vpc.overlaps(&sub));
        assert!("10.0.0.0/33".parse::<Cidr>().is_err());
        assert!("10.0.0/8".parse::<Cidr>().is_err());
    }

    proptest! {
        #[test]
        fn assignable_addresses_stay_inside(a in any::<u32>(), prefix in 16u8..=28) {
            let c = Cidr::new(Ipv4Addr::from(a), prefix).unwrap();
            let all: Vec<_> = c.assignable().collect();
            prop_assert_eq!(all.len() as u64, c.assignable_count());
            prop_assert!(all.iter().all(|ip| c.contains(*ip)));
            prop_assert!(!all.contains(&c.network()));
        }
    }
}
