//! IPv4 CIDR arithmetic for VPCs, subnets, security-group rules and mount-target addresses.

use std::fmt;
use std::net::Ipv4Addr;
use std::str::FromStr;

use ipnet::Ipv4Net;

/// An IPv4 block (ipnet's arithmetic) with the rules AWS adds for subnets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cidr(Ipv4Net);

impl Cidr {
    /// The block of `prefix` bits holding `addr` (host bits dropped).
    pub fn new(addr: Ipv4Addr, prefix: u8) -> Option<Self> {
        Ipv4Net::new(addr, prefix).ok().map(|n| Cidr(n.trunc()))
    }

    pub fn prefix(&self) -> u8 {
        self.0.prefix_len()
    }

    pub fn network(&self) -> Ipv4Addr {
        self.0.network()
    }

    pub fn size(&self) -> u64 {
        1u64 << (32 - self.prefix())
    }

    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        self.0.contains(&ip)
    }

    pub fn contains_cidr(&self, other: &Cidr) -> bool {
        self.0.contains(&other.0)
    }

    pub fn overlaps(&self, other: &Cidr) -> bool {
        self.contains_cidr(other) || other.contains_cidr(self)
    }

    /// Addresses a subnet can hand out: AWS reserves the first four and the last one.
    pub fn assignable(&self) -> impl Iterator<Item = Ipv4Addr> + '_ {
        let base = u32::from(self.network());
        (4..self.size().saturating_sub(1)).map(move |offset| Ipv4Addr::from(base + offset as u32))
    }

    pub fn assignable_count(&self) -> u64 {
        self.size().saturating_sub(5)
    }

    /// The `n`-th block of `prefix` length inside this one (for laying out default subnets).
    pub fn nth_subnet(&self, prefix: u8, n: u32) -> Option<Cidr> {
        self.0.subnets(prefix).ok()?.nth(n as usize).map(Cidr)
    }
}

impl FromStr for Cidr {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (addr, prefix) =
            s.split_once('/').ok_or_else(|| format!("'{s}' is not a CIDR block (expected a.b.c.d/n)"))?;
        let addr: Ipv4Addr = addr.parse().map_err(|_| format!("'{s}' is not a valid IPv4 CIDR block"))?;
        let prefix: u8 =
            prefix.parse().ok().filter(|p| *p <= 32).ok_or_else(|| format!("'{s}' has an invalid prefix length"))?;
        Cidr::new(addr, prefix).ok_or_else(|| format!("'{s}' is not a valid IPv4 CIDR block"))
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
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
        fn subnets_are_the_blocks_in_order(a in any::<u32>(), prefix in 8u8..=24, more in 0u8..=8, n in 0u32..300) {
            let c = Cidr::new(Ipv4Addr::from(a), prefix).unwrap();
            let sub = prefix + more;
            let expected = (u64::from(n) < 1u64 << more)
                .then(|| Cidr::new(Ipv4Addr::from(u32::from(c.network()) + (n << (32 - sub))), sub).unwrap());
            prop_assert_eq!(c.nth_subnet(sub, n), expected);
        }

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
