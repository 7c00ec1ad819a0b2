//! The numbers of the EFS throughput, credit and IOPS model (docs/efs-model.md, "Throughput
//! and IOPS limits"), in one table. `crate::throughput` computes with them; nothing else hard-codes them.

const KIB: f64 = 1024.0;
const MIB: f64 = 1024.0 * KIB;
const GIB: f64 = 1024.0 * MIB;
const TIB: f64 = 1024.0 * GIB;

/// Bursting baseline: bytes/s earned per GiB of Standard storage, and the floor.
pub const BASELINE_PER_GIB: f64 = 50.0 * KIB;
pub const MIN_BASELINE: f64 = MIB;
/// Bursting burst rate: bytes/s per TiB of Standard storage, and the floor.
pub const BURST_PER_TIB: f64 = 100.0 * MIB;
pub const MIN_BURST: f64 = 100.0 * MIB;
/// Credits a new file system starts with, and the cap below 1 TiB stored.
pub const INITIAL_CREDITS: f64 = 2.1 * TIB;
/// The cap at 1 TiB and above: credit bytes per byte of Standard storage.
pub const CREDIT_CAP_PER_BYTE: f64 = 2.1;
/// Elastic limits per file system (bytes/s): (read, write), Regional and One Zone.
pub const ELASTIC_REGIONAL: (f64, f64) = (20.0 * GIB, 5.0 * GIB);
pub const ELASTIC_ONE_ZONE: (f64, f64) = (3.0 * GIB, GIB);
/// Per-client limit (bytes/s).
pub const PER_CLIENT: f64 = 500.0 * MIB;
/// General Purpose IOPS limits (read, write) by throughput mode; Max I/O has none.
pub const IOPS_BURSTING: (f64, f64) = (35_000.0, 7_000.0);
pub const IOPS_PROVISIONED: (f64, f64) = (55_000.0, 25_000.0);
pub const IOPS_ELASTIC: (f64, f64) = (250_000.0, 50_000.0);
/// Metering: every data I/O rounds up to this unit; Bursting and Provisioned count reads at
/// this fraction.
pub const METERING_UNIT: u64 = 4096;
pub const READ_METERING_FACTOR: f64 = 1.0 / 3.0;
/// Bytes EFS meters for one metadata operation.
pub const METADATA_OP_BYTES: f64 = 4096.0;
/// Extra latency of each metadata operation in Max I/O mode (seconds). AWS says only that Max
/// I/O has "higher per-operation latencies" than General Purpose for metadata; this figure is
/// the emulator's estimate (General Purpose operations get none), so the difference shows.
pub const MAX_IO_METADATA_LATENCY: f64 = 0.001;
