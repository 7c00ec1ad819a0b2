//! Access points: an enforced POSIX identity and root directory over a file system.

use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

use super::{Call, Code, EfsError, EfsResult, check_token, empty, ok, paginate, tags_from_wire};
use crate::records::{AccessPoint, CreationInfo, Kind, PosixUser, Record, RootDirectory};
use crate::store::World;
use efsctl_core::model::ACCOUNT_ID;
use efsctl_core::model::ids::{IdKind, access_point_arn, arn_is_local, new_id, parse_id_or_arn};
use efsctl_core::model::limits::*;
use efsctl_core::model::modes::LifeCycleState;
use efsctl_core::model::tags::{Tag, name_of};

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Description<'a> {
    client_token: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    tags: &'a [Tag],
    access_point_id: &'a str,
    access_point_arn: String,
    file_system_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    posix_user: Option<&'a PosixUser>,
    root_directory: &'a RootDirectory,
    owner_id: &'static str,
    life_cycle_state: LifeCycleState,
}

fn describe_one(ap: &AccessPoint, now: f64) -> Description<'_> {
    Description {
        client_token: &ap.client_token,
        name: name_of(&ap.tags),
        tags: &ap.tags,
        access_point_id: &ap.id,
        access_point_arn: access_point_arn(&ap.region, &ap.id),
        file_system_id: &ap.file_system_id,
        posix_user: ap.posix_user.as_ref(),
        root_directory: &ap.root_directory,
        owner_id: ACCOUNT_ID,
        life_cycle_state: ap.life.state(now),
    }
}

/// The access point named by id or ARN, if it exists in this call's region.
pub fn find<'w>(call: &Call, world: &'w World, id_or_arn: &str) -> Result<&'w AccessPoint, EfsError> {
    let id = parse_id_or_arn(IdKind::AccessPoint, id_or_arn)
        .ok_or_else(|| EfsError::bad(format!("'{id_or_arn}' is not an access point id (fsap-…) or ARN")))?;
    world
        .access_points
        .get(&id)
        .filter(|a| a.region == call.region && arn_is_local(id_or_arn, call.region) && !a.life.is_gone(call.now))
        .ok_or_else(|| EfsError::new(Code::AccessPointNotFound, format!("Access point '{id_or_arn}' does not exist.")))
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WirePosixUser {
    uid: Option<i64>,
    gid: Option<i64>,
    secondary_gids: Option<Vec<i64>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireCreationInfo {
    owner_uid: Option<i64>,
    owner_gid: Option<i64>,
    permissions: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct WireRootDirectory {
    path: Option<String>,
    creation_info: Option<WireCreationInfo>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct CreateRequest {
    client_token: Option<String>,
    tags: Option<Vec<super::WireTag>>,
    file_system_id: Option<String>,
    posix_user: Option<WirePosixUser>,
    root_directory: Option<WireRootDirectory>,
}

fn posix_id(name: &str, v: Option<i64>) -> Result<i64, EfsError> {
    let v = v.ok_or_else(|| EfsError::bad(format!("{name} is required")))?;
    if !(0..=MAX_POSIX_ID).contains(&v) {
        return Err(EfsError::bad(format!("{name} must be between 0 and {MAX_POSIX_ID}, got {v}")));
    }
    Ok(v)
}

fn posix_user(u: WirePosixUser) -> Result<PosixUser, EfsError> {
    let secondary = u.secondary_gids.unwrap_or_default();
    if secondary.len() > MAX_SECONDARY_GIDS {
        return Err(EfsError::bad(format!("at most {MAX_SECONDARY_GIDS} SecondaryGids are allowed")));
    }
    let secondary_gids = secondary.into_iter().map(|g| posix_id("SecondaryGids", Some(g))).collect::<Result<_, _>>()?;
    Ok(PosixUser { uid: posix_id("PosixUser.Uid", u.uid)?, gid: posix_id("PosixUser.Gid", u.gid)?, secondary_gids })
}

/// Path rules of the API: `/` or 1–4 components, none starting with `.`, no shell specials.
pub fn check_root_path(path: &str) -> Result<(), EfsError> {
    let bad = || {
        EfsError::bad(format!(
            "RootDirectory.Path '{path}' is invalid: use '/' or up to 4 components like /data/team, without '.'-prefixed names, control characters or $#<>;`|&?{{}}^*"
        ))
    };
    if path.is_empty() || path.len() > 100 || !path.starts_with('/') {
        return Err(bad());
    }
    if path == "/" {
        return Ok(());
    }
    let parts: Vec<&str> = path[1..].split('/').collect();
    if parts.len() > 4
        || parts.iter().any(|p| {
            p.is_empty() || p.starts_with('.') || p.chars().any(|c| c.is_control() || "$#<>;`|&?{}^*".contains(c))
        })
    {
        return Err(bad());
    }
    Ok(())
}

fn root_directory(r: Option<WireRootDirectory>) -> Result<RootDirectory, EfsError> {
    let Some(r) = r else { return Ok(RootDirectory { path: "/".into(), creation_info: None }) };
    let path = r.path.unwrap_or_else(|| "/".into());
    check_root_path(&path)?;
    let creation_info = match r.creation_info {
        None => None,
        Some(ci) => {
            let permissions = ci.permissions.ok_or_else(|| EfsError::bad("CreationInfo.Permissions is required"))?;
            if !(3..=4).contains(&permissions.len()) || !permissions.chars().all(|c| ('0'..='7').contains(&c)) {
                return Err(EfsError::bad(format!(
                    "CreationInfo.Permissions '{permissions}' must be 3 or 4 octal digits, e.g. 0755"
                )));
            }
            Some(CreationInfo {
                owner_uid: posix_id("CreationInfo.OwnerUid", ci.owner_uid)?,
                owner_gid: posix_id("CreationInfo.OwnerGid", ci.owner_gid)?,
                permissions,
            })
        }
    };
    Ok(RootDirectory { path, creation_info })
}

pub fn create(call: &Call) -> EfsResult {
    let req: CreateRequest = call.json()?;
    let token = check_token("ClientToken", req.client_token)?;
    let fs_id = req.file_system_id.ok_or_else(|| EfsError::bad("FileSystemId is required"))?;
    let posix_user = req.posix_user.map(posix_user).transpose()?;
    let root_directory = root_directory(req.root_directory)?;
    let tags = tags_from_wire(req.tags, &[])?;
    call.emu
        .store
        .write(|w, changes| {
            let fs = call.available_file_system(w, &fs_id)?;
            let siblings: Vec<&AccessPoint> =
                w.access_points.values().filter(|a| a.file_system_id == fs.id && !a.life.is_gone(call.now)).collect();
            if let Some(existing) = siblings.iter().find(|a| a.client_token == token) {
                return Err(EfsError::new(
                    Code::AccessPointAlreadyExists,
                    format!("Access point '{}' already exists with client token '{token}'", existing.id),
                )
                .with("AccessPointId", &existing.id));
            }
            if siblings.len() >= MAX_ACCESS_POINTS_PER_FILE_SYSTEM {
                return Err(EfsError::new(
                    Code::AccessPointLimitExceeded,
                    format!("File system '{}' already has {MAX_ACCESS_POINTS_PER_FILE_SYSTEM} access points", fs.id),
                ));
            }
            let ap = AccessPoint {
                seq: changes.seq(),
                id: new_id(IdKind::AccessPoint, false),
                region: call.region.to_string(),
                file_system_id: fs.id.clone(),
                client_token: token.clone(),
                tags,
                posix_user,
                root_directory,
                life: call.lifespan(),
            };
            let body =
                super::answer_in("creating", serde_json::to_value(describe_one(&ap, call.now)).unwrap_or_default());
            changes.put(Record::AccessPoint(ap));
            Ok(body)
        })
        .and_then(|body| ok(&body))
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct DescribeResponse<'a> {
    access_points: Vec<Description<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_token: Option<String>,
}

pub fn describe(call: &Call) -> EfsResult {
    let max = call.page_size("MaxResults", DEFAULT_PAGE)?;
    let w = call.emu.store.read();
    let items: Vec<&AccessPoint> = match (call.query("AccessPointId"), call.query("FileSystemId")) {
        (Some(_), Some(_)) => return Err(EfsError::bad("specify AccessPointId or FileSystemId, not both")),
        (Some(ap), None) => vec![find(call, &w, ap)?],
        (None, Some(fs)) => {
            let fs = call.file_system(&w, fs)?;
            w.access_points.values().filter(|a| a.file_system_id == fs.id).collect()
        }
        (None, None) => w.access_points.values().filter(|a| a.region == call.region).collect(),
    };
    let items = World::in_order(items.into_iter().filter(|a| !a.life.is_gone(call.now)), |a| a.seq);
    let (page, next_token) = paginate(call, items, |a| a.seq, call.query("NextToken"), max)?;
    ok(&DescribeResponse { access_points: page.into_iter().map(|a| describe_one(a, call.now)).collect(), next_token })
}

pub fn delete(call: &Call, id: &str) -> EfsResult {
    call.emu.store.write(|w, changes| {
        let ap = find(call, w, id)?;
        changes.delete(Kind::AccessPoint, &ap.id);
        Ok::<_, EfsError>(())
    })?;
    empty(StatusCode::NO_CONTENT)
}
