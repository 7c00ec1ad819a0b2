//! The EFS REST-JSON API (`/2015-02-01/…`): routing, errors and the shapes shared by the
//! operations. Each operation validates its whole input before staging any change.

mod access_points;
mod file_systems;
mod mount_targets;
mod replication;
mod settings;
mod tags;

pub use file_systems::state as file_system_state;

use axum::http::{HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::db::DbError;
use super::records::{FileSystem, Lifespan};
use super::store::World;
use super::{Emulator, RequestParts};
use efsctl_core::clock::Clock;
use efsctl_core::model::ids::{IdKind, arn_is_local, parse_id_or_arn};
use efsctl_core::model::modes::LifeCycleState;

/// Error codes of the EFS API with their HTTP statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    BadRequest,
    FileSystemNotFound,
    MountTargetNotFound,
    AccessPointNotFound,
    PolicyNotFound,
    ReplicationNotFound,
    FileSystemAlreadyExists,
    AccessPointAlreadyExists,
    FileSystemInUse,
    MountTargetConflict,
    IncorrectFileSystemLifeCycleState,
    IncorrectMountTargetState,
    FileSystemLimitExceeded,
    AccessPointLimitExceeded,
    SecurityGroupLimitExceeded,
    SecurityGroupNotFound,
    SubnetNotFound,
    IpAddressInUse,
    NoFreeAddressesInSubnet,
    UnsupportedAvailabilityZone,
    AvailabilityZonesMismatch,
    InvalidPolicyException,
    ThroughputLimitExceeded,
    TooManyRequests,
    ValidationException,
    ReplicationAlreadyExists,
    ConflictException,
    UnknownOperation,
    InternalServerError,
    /// A request refused before its handler (signature, throttling): its code and status.
    Refused(&'static str, StatusCode),
}

impl Code {
    fn parts(self) -> (&'static str, StatusCode) {
        use Code::*;
        match self {
            BadRequest => ("BadRequest", StatusCode::BAD_REQUEST),
            FileSystemNotFound => ("FileSystemNotFound", StatusCode::NOT_FOUND),
            MountTargetNotFound => ("MountTargetNotFound", StatusCode::NOT_FOUND),
            AccessPointNotFound => ("AccessPointNotFound", StatusCode::NOT_FOUND),
            PolicyNotFound => ("PolicyNotFound", StatusCode::NOT_FOUND),
            ReplicationNotFound => ("ReplicationNotFound", StatusCode::NOT_FOUND),
            FileSystemAlreadyExists => ("FileSystemAlreadyExists", StatusCode::CONFLICT),
            AccessPointAlreadyExists => ("AccessPointAlreadyExists", StatusCode::CONFLICT),
            FileSystemInUse => ("FileSystemInUse", StatusCode::CONFLICT),
            MountTargetConflict => ("MountTargetConflict", StatusCode::CONFLICT),
            IncorrectFileSystemLifeCycleState => ("IncorrectFileSystemLifeCycleState", StatusCode::CONFLICT),
            IncorrectMountTargetState => ("IncorrectMountTargetState", StatusCode::CONFLICT),
            FileSystemLimitExceeded => ("FileSystemLimitExceeded", StatusCode::FORBIDDEN),
            AccessPointLimitExceeded => ("AccessPointLimitExceeded", StatusCode::FORBIDDEN),
            SecurityGroupLimitExceeded => ("SecurityGroupLimitExceeded", StatusCode::BAD_REQUEST),
            SecurityGroupNotFound => ("SecurityGroupNotFound", StatusCode::BAD_REQUEST),
            SubnetNotFound => ("SubnetNotFound", StatusCode::BAD_REQUEST),
            IpAddressInUse => ("IpAddressInUse", StatusCode::CONFLICT),
            NoFreeAddressesInSubnet => ("NoFreeAddressesInSubnet", StatusCode::CONFLICT),
            UnsupportedAvailabilityZone => ("UnsupportedAvailabilityZone", StatusCode::BAD_REQUEST),
            AvailabilityZonesMismatch => ("AvailabilityZonesMismatch", StatusCode::BAD_REQUEST),
            InvalidPolicyException => ("InvalidPolicyException", StatusCode::BAD_REQUEST),
            ThroughputLimitExceeded => ("ThroughputLimitExceeded", StatusCode::BAD_REQUEST),
            TooManyRequests => ("TooManyRequests", StatusCode::TOO_MANY_REQUESTS),
            ValidationException => ("ValidationException", StatusCode::BAD_REQUEST),
            ReplicationAlreadyExists => ("ReplicationAlreadyExists", StatusCode::CONFLICT),
            ConflictException => ("ConflictException", StatusCode::CONFLICT),
            UnknownOperation => ("UnknownOperationException", StatusCode::NOT_FOUND),
            InternalServerError => ("InternalServerError", StatusCode::INTERNAL_SERVER_ERROR),
            Refused(code, status) => (code, status),
        }
    }
}

#[derive(Debug)]
pub struct EfsError {
    code: Code,
    message: String,
    /// Extra members some errors carry, e.g. `FileSystemId` of FileSystemAlreadyExists.
    extra: Option<(&'static str, String)>,
}

impl EfsError {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        EfsError { code, message: message.into(), extra: None }
    }

    fn with(mut self, key: &'static str, value: &str) -> Self {
        self.extra = Some((key, value.to_string()));
        self
    }

    fn bad(message: impl Into<String>) -> Self {
        Self::new(Code::BadRequest, message)
    }
}

impl From<DbError> for EfsError {
    fn from(e: DbError) -> Self {
        tracing::error!("state write failed: {e}");
        EfsError::new(Code::InternalServerError, "the emulator could not persist the change; nothing was changed")
    }
}

impl IntoResponse for EfsError {
    fn into_response(self) -> Response {
        let (code, status) = self.code.parts();
        let mut body = serde_json::Map::new();
        body.insert("ErrorCode".into(), code.into());
        body.insert("Message".into(), self.message.into());
        if let Some((k, v)) = self.extra {
            body.insert(k.into(), v.into());
        }
        let mut resp = json_response(status, &body);
        resp.headers_mut().insert("x-amzn-ErrorType", HeaderValue::from_static(code));
        resp
    }
}

pub type EfsResult = Result<Response, EfsError>;

fn json_response<T: Serialize>(status: StatusCode, body: &T) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
    (status, [("content-type", "application/json")], bytes).into_response()
}

fn ok<T: Serialize>(body: &T) -> EfsResult {
    Ok(json_response(StatusCode::OK, body))
}

fn empty(status: StatusCode) -> EfsResult {
    Ok(status.into_response())
}

/// One EFS call: the region it is signed for, the time it is served at, its inputs.
pub struct Call<'a> {
    pub emu: &'a Emulator,
    pub region: &'a str,
    pub now: f64,
    query: &'a [(String, String)],
    body: &'a [u8],
}

impl Call<'_> {
    fn query(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// What a page token of this call resumes: the `kind` listed and the query, paging aside.
    fn listing(&self, kind: &str) -> String {
        super::paging::scope(
            kind,
            self.query.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            &["Marker", "NextToken", "MaxItems", "MaxResults"],
        )
    }

    fn query_all(&self, name: &str) -> Vec<String> {
        self.query.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }

    /// A positive page size from the query string, or the default.
    fn page_size(&self, name: &str, default: usize) -> Result<usize, EfsError> {
        match self.query(name) {
            None => Ok(default),
            Some(v) => v
                .parse::<usize>()
                .ok()
                .filter(|n| *n >= 1)
                .ok_or_else(|| EfsError::bad(format!("{name} must be a positive integer, got '{v}'"))),
        }
    }

    fn json<T: DeserializeOwned>(&self) -> Result<T, EfsError> {
        let body = if self.body.iter().all(u8::is_ascii_whitespace) { &b"{}"[..] } else { self.body };
        serde_json::from_slice(body).map_err(|e| EfsError::bad(format!("invalid request body: {e}")))
    }

    fn delay(&self) -> f64 {
        self.emu.config.create_delay.as_secs_f64()
    }

    fn lifespan(&self) -> Lifespan {
        Lifespan::new(self.now, self.delay())
    }

    /// The file system named by id or ARN, if it exists in this call's region.
    fn file_system<'w>(&self, world: &'w World, id_or_arn: &str) -> Result<&'w FileSystem, EfsError> {
        let id = parse_id_or_arn(IdKind::FileSystem, id_or_arn)
            .ok_or_else(|| EfsError::bad(format!("'{id_or_arn}' is not a file system id (fs-…) or ARN")))?;
        world
            .file_systems
            .get(&id)
            .filter(|fs| fs.region == self.region && arn_is_local(id_or_arn, self.region) && !fs.life.is_gone(self.now))
            .ok_or_else(|| {
                EfsError::new(Code::FileSystemNotFound, format!("File system '{id_or_arn}' does not exist."))
            })
    }

    fn available_file_system<'w>(&self, world: &'w World, id_or_arn: &str) -> Result<&'w FileSystem, EfsError> {
        let fs = self.file_system(world, id_or_arn)?;
        match file_systems::state(fs, self.now) {
            LifeCycleState::Available => Ok(fs),
            state => Err(EfsError::new(
                Code::IncorrectFileSystemLifeCycleState,
                format!("File system '{}' is {state}; it must be available. Wait for it and retry.", fs.id),
            )),
        }
    }
}

/// A page of `items` (already in creation order) starting at `marker`, and the next marker.
/// A create answers with its resource `creating`, an update with it `updating`, as AWS's do,
/// however soon it is available (at once without `--create-delay`); callers wait for
/// `available` by describing.
fn answer_in(state: &str, mut body: serde_json::Value) -> serde_json::Value {
    body["LifeCycleState"] = state.into();
    body
}

/// Pages `items` (records of one kind, in creation order) for `call`.
fn paginate<'a, T>(
    call: &Call,
    items: Vec<&'a T>,
    seq: impl Fn(&T) -> u64,
    marker: Option<&str>,
    max: usize,
) -> Result<(Vec<&'a T>, Option<String>), EfsError> {
    super::paging::by_seq(items, seq, &call.listing(std::any::type_name::<T>()), marker, max).map_err(EfsError::bad)
}

/// Routes `/2015-02-01/…` requests to their operation.
pub fn handle(emu: &Emulator, req: &RequestParts, region: &str, path: &str) -> Response {
    // The model's constraints come first, as on AWS: ValidationException before any other check.
    let model = super::validation::efs();
    if let Some((op, labels)) = model.rest_operation(req.method.as_str(), &format!("/2015-02-01{path}"))
        && let Some(v) = model.rest_input(op, &labels, &req.query, &req.body).and_then(|i| model.check(op, &i))
    {
        return EfsError::new(Code::ValidationException, v.message).into_response();
    }
    let call = Call { emu, region, now: emu.clock.now(), query: &req.query, body: &req.body };
    let segments: Vec<String> = path
        .trim_start_matches('/')
        .split('/')
        .map(|s| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned())
        .collect();
    let seg: Vec<&str> = segments.iter().map(String::as_str).collect();
    let m = &req.method;
    let result = match (m, seg.as_slice()) {
        (&Method::POST, ["file-systems"]) => file_systems::create(&call),
        (&Method::GET, ["file-systems"]) => file_systems::describe(&call),
        (&Method::GET, ["file-systems", "replication-configurations"]) => replication::describe(&call),
        (&Method::PUT, ["file-systems", id]) => file_systems::update(&call, id),
        (&Method::DELETE, ["file-systems", id]) => file_systems::delete(&call, id),
        (&Method::PUT, ["file-systems", id, "protection"]) => settings::update_protection(&call, id),
        (&Method::PUT, ["file-systems", id, "policy"]) => settings::put_policy(&call, id),
        (&Method::GET, ["file-systems", id, "policy"]) => settings::describe_policy(&call, id),
        (&Method::DELETE, ["file-systems", id, "policy"]) => settings::delete_policy(&call, id),
        (&Method::PUT, ["file-systems", id, "lifecycle-configuration"]) => settings::put_lifecycle(&call, id),
        (&Method::GET, ["file-systems", id, "lifecycle-configuration"]) => settings::describe_lifecycle(&call, id),
        (&Method::PUT, ["file-systems", id, "backup-policy"]) => settings::put_backup(&call, id),
        (&Method::GET, ["file-systems", id, "backup-policy"]) => settings::describe_backup(&call, id),
        (&Method::POST, ["file-systems", id, "replication-configuration"]) => replication::create(&call, id),
        (&Method::DELETE, ["file-systems", id, "replication-configuration"]) => replication::delete(&call, id),
        (&Method::POST, ["mount-targets"]) => mount_targets::create(&call),
        (&Method::GET, ["mount-targets"]) => mount_targets::describe(&call),
        (&Method::DELETE, ["mount-targets", id]) => mount_targets::delete(&call, id),
        (&Method::GET, ["mount-targets", id, "security-groups"]) => mount_targets::describe_security_groups(&call, id),
        (&Method::PUT, ["mount-targets", id, "security-groups"]) => mount_targets::modify_security_groups(&call, id),
        (&Method::POST, ["access-points"]) => access_points::create(&call),
        (&Method::GET, ["access-points"]) => access_points::describe(&call),
        (&Method::DELETE, ["access-points", id]) => access_points::delete(&call, id),
        (&Method::POST, ["resource-tags", id]) => tags::tag_resource(&call, id),
        (&Method::DELETE, ["resource-tags", id]) => tags::untag_resource(&call, id),
        (&Method::GET, ["resource-tags", id]) => tags::list_tags_for_resource(&call, id),
        (&Method::POST, ["create-tags", id]) => tags::create_tags(&call, id),
        (&Method::POST, ["delete-tags", id]) => tags::delete_tags(&call, id),
        (&Method::GET, ["tags", id] | ["tags", id, ""]) => tags::describe_tags(&call, id),
        (&Method::PUT, ["account-preferences"]) => settings::put_account_preferences(&call),
        (&Method::GET, ["account-preferences"]) => settings::describe_account_preferences(&call),
        _ => Err(EfsError::new(
            Code::UnknownOperation,
            format!("no EFS operation matches {m} /2015-02-01/{}", seg.join("/")),
        )),
    };
    result.unwrap_or_else(IntoResponse::into_response)
}

/// Removes resources whose deletion delay has passed.
pub fn purge_expired(emu: &Emulator) {
    let now = emu.clock.now();
    let expired = {
        let w = emu.store.read();
        w.file_systems.values().any(|r| r.life.is_gone(now))
            || w.mount_targets.values().any(|r| r.life.is_gone(now))
            || w.access_points.values().any(|r| r.life.is_gone(now))
    };
    if !expired {
        return;
    }
    let mut gone = Vec::new();
    let result = emu.store.write(|w, changes| -> Result<(), EfsError> {
        use super::records::Kind;
        for fs in w.file_systems.values().filter(|r| r.life.is_gone(now)) {
            changes.delete(Kind::FileSystem, &fs.id);
            gone.push(fs.id.clone());
        }
        for mt in w.mount_targets.values().filter(|r| r.life.is_gone(now)) {
            changes.delete(Kind::MountTarget, &mt.id);
            changes.delete(Kind::NetworkInterface, &mt.network_interface_id);
        }
        for ap in w.access_points.values().filter(|r| r.life.is_gone(now)) {
            changes.delete(Kind::AccessPoint, &ap.id);
        }
        Ok(())
    });
    match result {
        Ok(()) => gone.iter().for_each(|id| emu.data.remove_file_system(&emu.store, id)),
        Err(e) => tracing::warn!("purging deleted resources failed: {e:?}"),
    }
}

/// Tags as the API spells them, for request bodies.
#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct TagsBody {
    tags: Option<Vec<WireTag>>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireTag {
    key: Option<String>,
    value: Option<String>,
}

/// Converts wire tags, refusing missing keys/values and invalid tags.
fn tags_from_wire(
    tags: Option<Vec<WireTag>>,
    existing: &[efsctl_core::model::tags::Tag],
) -> Result<Vec<efsctl_core::model::tags::Tag>, EfsError> {
    let mut out = Vec::new();
    for t in tags.unwrap_or_default() {
        let key = t.key.ok_or_else(|| EfsError::bad("every tag needs a Key"))?;
        let value = t.value.ok_or_else(|| EfsError::bad(format!("tag '{key}' needs a Value")))?;
        out.push(efsctl_core::model::tags::Tag { key, value });
    }
    efsctl_core::model::tags::merge(existing, &out, efsctl_core::model::tags::Rules::Efs).map_err(EfsError::bad)
}

/// Checks a token (CreationToken, ClientToken): 1 to 64 characters.
fn check_token(name: &str, token: Option<String>) -> Result<String, EfsError> {
    let token = token.ok_or_else(|| EfsError::bad(format!("{name} is required")))?;
    let len = token.chars().count();
    if len == 0 || len > efsctl_core::model::limits::MAX_TOKEN_LEN {
        return Err(EfsError::bad(format!(
            "{name} must be 1 to {} characters, got {len}",
            efsctl_core::model::limits::MAX_TOKEN_LEN
        )));
    }
    Ok(token)
}
