//! The control-plane state: served from memory, written through to SQLite.
//!
//! Readers take a shared lock and never touch SQLite. A writer stages its changes against the
//! current state, the changes are committed to SQLite, and only then applied in memory — so a
//! failed disk write changes nothing, and nothing acknowledged is lost.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Mutex, RwLock, RwLockReadGuard};

use super::db::{Change, Db, DbError};
use super::records::*;
use efsctl_core::model::ids::{IdKind, new_id};
use efsctl_core::model::network::Cidr;
use efsctl_core::model::regions::REGIONS;

#[derive(Debug, Default)]
pub struct World {
    pub file_systems: HashMap<String, FileSystem>,
    pub mount_targets: HashMap<String, MountTarget>,
    pub access_points: HashMap<String, AccessPoint>,
    pub replications: HashMap<String, Replication>,
    pub vpcs: HashMap<String, Vpc>,
    pub subnets: HashMap<String, Subnet>,
    pub security_groups: HashMap<String, SecurityGroup>,
    pub network_interfaces: HashMap<String, NetworkInterface>,
    pub preferences: HashMap<String, AccountPreferences>,
    pub mounts: HashMap<String, MountSpec>,
    /// CloudWatch alarms by ARN.
    pub alarms: HashMap<String, Alarm>,
    pub alarm_history: HashMap<String, AlarmHistoryItem>,
    pub network_acls: HashMap<String, NetworkAcl>,
    next_seq: u64,
}

impl World {
    fn apply(&mut self, change: Change) {
        match change {
            Change::Put(record) => {
                self.next_seq = self.next_seq.max(record.seq() + 1);
                match *record {
                    Record::FileSystem(r) => drop(self.file_systems.insert(r.id.clone(), r)),
                    Record::MountTarget(r) => drop(self.mount_targets.insert(r.id.clone(), r)),
                    Record::AccessPoint(r) => drop(self.access_points.insert(r.id.clone(), r)),
                    Record::Replication(r) => drop(self.replications.insert(r.source_id.clone(), r)),
                    Record::Vpc(r) => drop(self.vpcs.insert(r.id.clone(), r)),
                    Record::Subnet(r) => drop(self.subnets.insert(r.id.clone(), r)),
                    Record::SecurityGroup(r) => drop(self.security_groups.insert(r.id.clone(), r)),
                    Record::NetworkInterface(r) => drop(self.network_interfaces.insert(r.id.clone(), r)),
                    Record::AccountPreferences(r) => drop(self.preferences.insert(r.region.clone(), r)),
                    Record::Mount(r) => drop(self.mounts.insert(r.directory.clone(), r)),
                    Record::Alarm(r) => drop(self.alarms.insert(r.arn.clone(), r)),
                    Record::AlarmHistory(r) => drop(self.alarm_history.insert(r.id.clone(), r)),
                    Record::NetworkAcl(r) => drop(self.network_acls.insert(r.id.clone(), r)),
                }
            }
            Change::Delete(kind, id) => match kind {
                Kind::FileSystem => drop(self.file_systems.remove(&id)),
                Kind::MountTarget => drop(self.mount_targets.remove(&id)),
                Kind::AccessPoint => drop(self.access_points.remove(&id)),
                Kind::Replication => drop(self.replications.remove(&id)),
                Kind::Vpc => drop(self.vpcs.remove(&id)),
                Kind::Subnet => drop(self.subnets.remove(&id)),
                Kind::SecurityGroup => drop(self.security_groups.remove(&id)),
                Kind::NetworkInterface => drop(self.network_interfaces.remove(&id)),
                Kind::AccountPreferences => drop(self.preferences.remove(&id)),
                Kind::Mount => drop(self.mounts.remove(&id)),
                Kind::Alarm => drop(self.alarms.remove(&id)),
                Kind::AlarmHistory => drop(self.alarm_history.remove(&id)),
                Kind::NetworkAcl => drop(self.network_acls.remove(&id)),
            },
        }
    }

    /// Values sorted in creation order, the order every Describe call pages through.
    pub fn in_order<'a, T>(items: impl Iterator<Item = &'a T>, seq: impl Fn(&T) -> u64) -> Vec<&'a T>
    where
        T: 'a,
    {
        let mut v: Vec<&T> = items.collect();
        v.sort_by_key(|r| seq(r));
        v
    }
}

/// Changes an API call stages; nothing happens until the store commits them.
pub struct Changes {
    pub items: Vec<Change>,
    next_seq: u64,
}

impl Changes {
    /// A creation sequence number for a new record.
    pub fn seq(&mut self) -> u64 {
        self.next_seq += 1;
        self.next_seq - 1
    }

    pub fn put(&mut self, record: Record) {
        self.items.push(Change::Put(Box::new(record)));
    }

    pub fn delete(&mut self, kind: Kind, id: &str) {
        self.items.push(Change::Delete(kind, id.to_string()));
    }
}

pub struct Store {
    world: RwLock<World>,
    db: Mutex<Db>,
}

impl Store {
    /// Opens (or creates) the state in `dir/state.db`; a new database gets the default
    /// network of every region.
    pub fn open(dir: &Path) -> Result<Self, DbError> {
        let db = Db::open(&dir.join("state.db"))?;
        let store = Store { world: RwLock::new(World::default()), db: Mutex::new(db) };
        let seeded = store.lock_db().meta("seeded")?.is_some();
        if seeded {
            {
                let mut world = store.world.write().unwrap_or_else(|e| e.into_inner());
                for record in store.lock_db().load()? {
                    world.apply(Change::Put(Box::new(record)));
                }
            }
            // State from before network ACLs existed: every VPC gets its default ACL.
            store.write(|w, changes| {
                for v in w.vpcs.values() {
                    if !w.network_acls.values().any(|a| a.vpc_id == v.id && a.is_default) {
                        let seq = changes.seq();
                        changes.put(Record::NetworkAcl(default_network_acl(seq, &v.region, &v.id)));
                    }
                }
                Ok::<_, DbError>(())
            })?;
        } else {
            store.reset()?;
        }
        Ok(store)
    }

    fn lock_db(&self) -> std::sync::MutexGuard<'_, Db> {
        // A panic while holding the lock cannot leave SQLite half-written (transactions roll
        // back), so a poisoned lock is safe to reuse.
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A small persisted setting (e.g. the virtual clock).
    pub fn setting(&self) -> Result<Option<String>, DbError> {
        self.lock_db().meta("clock")
    }

    pub fn save_setting(&self, value: &str) -> Result<(), DbError> {
        self.lock_db().set_meta("clock", value)
    }

    pub fn read(&self) -> RwLockReadGuard<'_, World> {
        self.world.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `stage` against the current state under the write lock; commits what it staged.
    pub fn write<T, E: From<DbError>>(&self, stage: impl FnOnce(&World, &mut Changes) -> Result<T, E>) -> Result<T, E> {
        let mut world = self.world.write().unwrap_or_else(|e| e.into_inner());
        let mut changes = Changes { items: Vec::new(), next_seq: world.next_seq };
        let out = stage(&world, &mut changes)?;
        if !changes.items.is_empty() {
            self.lock_db().apply(&changes.items, false)?;
            world.next_seq = world.next_seq.max(changes.next_seq);
            for change in changes.items {
                world.apply(change);
            }
        }
        Ok(out)
    }

    /// Wipes every resource and recreates the default networks.
    pub fn reset(&self) -> Result<(), DbError> {
        let mut world = self.world.write().unwrap_or_else(|e| e.into_inner());
        let mut changes = Changes { items: Vec::new(), next_seq: 1 };
        seed_default_networks(&mut changes);
        let mut db = self.lock_db();
        db.apply(&changes.items, true)?;
        db.set_meta("seeded", "1")?;
        *world = World::default();
        world.next_seq = changes.next_seq;
        for change in changes.items {
            world.apply(change);
        }
        Ok(())
    }
}

/// Every region's default VPC (172.31.0.0/16), one default /20 subnet per AZ and a default
/// security group that admits traffic from itself, as a new AWS account has.
fn seed_default_networks(changes: &mut Changes) {
    let vpc_cidr: Cidr = "172.31.0.0/16".parse().expect("constant CIDR");
    for region in REGIONS {
        let vpc_id = new_id(IdKind::Vpc, false);
        let seq = changes.seq();
        changes.put(Record::Vpc(Vpc {
            seq,
            id: vpc_id.clone(),
            region: region.name.into(),
            cidr: vpc_cidr.to_string(),
            is_default: true,
            tags: vec![],
            dns_support: None,
            dns_hostnames: None,
        }));
        for zone in region.zones() {
            let cidr = vpc_cidr.nth_subnet(20, zone.index as u32).expect("at most 16 zones");
            let seq = changes.seq();
            changes.put(Record::Subnet(Subnet {
                seq,
                id: new_id(IdKind::Subnet, false),
                region: region.name.into(),
                vpc_id: vpc_id.clone(),
                cidr: cidr.to_string(),
                availability_zone: zone.name,
                availability_zone_id: zone.id,
                default_for_az: true,
                tags: vec![],
            }));
        }
        let seq = changes.seq();
        changes.put(Record::SecurityGroup(default_security_group(seq, region.name, &vpc_id)));
        let seq = changes.seq();
        changes.put(Record::NetworkAcl(default_network_acl(seq, region.name, &vpc_id)));
    }
}

/// The network ACL every VPC starts with: all traffic in and out (rule 100), then the last
/// rule, 32767, denying the rest.
pub fn default_network_acl(seq: u64, region: &str, vpc_id: &str) -> NetworkAcl {
    let all = |egress: bool, rule_number: i32, allow: bool| NaclEntry {
        rule_number,
        egress,
        protocol: "-1".into(),
        allow,
        cidr: "0.0.0.0/0".into(),
        ports: None,
    };
    NetworkAcl {
        seq,
        id: new_id(IdKind::NetworkAcl, false),
        region: region.into(),
        vpc_id: vpc_id.into(),
        is_default: true,
        entries: vec![all(false, 100, true), all(true, 100, true), all(false, 32767, false), all(true, 32767, false)],
        associations: vec![],
        tags: vec![],
    }
}

/// The group every VPC starts with: all traffic from members of the group, all traffic out.
pub fn default_security_group(seq: u64, region: &str, vpc_id: &str) -> SecurityGroup {
    let id = new_id(IdKind::SecurityGroup, false);
    let rule = |egress: bool, cidr: Option<String>, group_id: Option<String>| SecurityGroupRule {
        id: new_id(IdKind::SecurityGroupRule, false),
        egress,
        protocol: "-1".into(),
        from_port: -1,
        to_port: -1,
        cidr,
        group_id,
        description: None,
    };
    SecurityGroup {
        seq,
        rules: vec![rule(false, None, Some(id.clone())), rule(true, Some("0.0.0.0/0".into()), None)],
        id,
        region: region.into(),
        vpc_id: vpc_id.into(),
        name: "default".into(),
        description: "default VPC security group".into(),
        tags: vec![],
    }
}
