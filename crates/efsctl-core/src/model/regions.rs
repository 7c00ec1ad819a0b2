//! The regions the emulator serves and their availability zones.

/// A region and the letters of its availability zones, in the order AWS numbers their zone ids.
pub struct Region {
    pub name: &'static str,
    /// Prefix of the zone ids, e.g. `use1` for `use1-az1`.
    pub zone_id_prefix: &'static str,
    pub az_letters: &'static str,
}

pub const REGIONS: &[Region] = &[
    Region { name: "us-east-1", zone_id_prefix: "use1", az_letters: "abcdef" },
    Region { name: "us-east-2", zone_id_prefix: "use2", az_letters: "abc" },
    Region { name: "us-west-1", zone_id_prefix: "usw1", az_letters: "bc" },
    Region { name: "us-west-2", zone_id_prefix: "usw2", az_letters: "abcd" },
    Region { name: "ca-central-1", zone_id_prefix: "cac1", az_letters: "abd" },
    Region { name: "sa-east-1", zone_id_prefix: "sae1", az_letters: "abc" },
    Region { name: "eu-west-1", zone_id_prefix: "euw1", az_letters: "abc" },
    Region { name: "eu-west-2", zone_id_prefix: "euw2", az_letters: "abc" },
    Region { name: "eu-west-3", zone_id_prefix: "euw3", az_letters: "abc" },
    Region { name: "eu-central-1", zone_id_prefix: "euc1", az_letters: "abc" },
    Region { name: "eu-north-1", zone_id_prefix: "eun1", az_letters: "abc" },
    Region { name: "eu-south-1", zone_id_prefix: "eus1", az_letters: "abc" },
    Region { name: "ap-south-1", zone_id_prefix: "aps1", az_letters: "abc" },
    Region { name: "ap-southeast-1", zone_id_prefix: "apse1", az_letters: "abc" },
    Region { name: "ap-southeast-2", zone_id_prefix: "apse2", az_letters: "abc" },
    Region { name: "ap-northeast-1", zone_id_prefix: "apne1", az_letters: "acd" },
    Region { name: "ap-northeast-2", zone_id_prefix: "apne2", az_letters: "abcd" },
    Region { name: "ap-northeast-3", zone_id_prefix: "apne3", az_letters: "abc" },
    Region { name: "me-south-1", zone_id_prefix: "mes1", az_letters: "abc" },
    Region { name: "af-south-1", zone_id_prefix: "afs1", az_letters: "abc" },
];

pub fn find(name: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.name == name)
}

pub fn names() -> impl Iterator<Item = &'static str> {
    REGIONS.iter().map(|r| r.name)
}

/// An availability zone of a region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    pub name: String,
    pub id: String,
    /// Position within the region, used to lay out the default subnets.
    pub index: usize,
}

impl Region {
    pub fn zones(&self) -> Vec<Zone> {
        self.az_letters
            .chars()
            .enumerate()
            .map(|(index, letter)| Zone {
                name: format!("{}{letter}", self.name),
                id: format!("{}-az{}", self.zone_id_prefix, index + 1),
                index,
            })
            .collect()
    }

    pub fn zone(&self, name_or_id: &str) -> Option<Zone> {
        self.zones().into_iter().find(|z| z.name == name_or_id || z.id == name_or_id)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn us_east_1_has_six_zones() {
        let r = super::find("us-east-1").unwrap();
        let zones = r.zones();
        assert_eq!(zones.len(), 6);
        assert_eq!(zones[5].name, "us-east-1f");
        assert_eq!(r.zone("use1-az2").unwrap().name, "us-east-1b");
    }
}
