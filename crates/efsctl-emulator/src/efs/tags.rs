//! Tagging: TagResource/UntagResource/ListTagsForResource for file systems and access points,
//! and the legacy CreateTags/DeleteTags/DescribeTags for file systems.

use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

use super::{Call, EfsError, EfsResult, TagsBody, empty, ok, tags_from_wire};
use crate::paging;
use crate::records::Record;
use crate::store::Changes;
use crate::store::World;
use efsctl_core::model::limits::DEFAULT_PAGE;
use efsctl_core::model::tags::Tag;

/// Applies `edit` to the tags of the file system or access point `resource_id`.
fn edit_tags(
    call: &Call,
    resource_id: &str,
    file_systems_only: bool,
    edit: impl FnOnce(&[Tag]) -> Result<Vec<Tag>, EfsError>,
) -> Result<(), EfsError> {
    call.emu.store.write(|w: &World, changes: &mut Changes| {
        if resource_id.contains("fsap-") && !file_systems_only {
            let mut ap = super::access_points::find(call, w, resource_id)?.clone();
            ap.tags = edit(&ap.tags)?;
            changes.put(Record::AccessPoint(ap));
        } else {
            let mut fs = call.file_system(w, resource_id)?.clone();
            fs.tags = edit(&fs.tags)?;
            changes.put(Record::FileSystem(fs));
        }
        Ok(())
    })
}

fn tags_of(call: &Call, w: &World, resource_id: &str) -> Result<Vec<Tag>, EfsError> {
    if resource_id.contains("fsap-") {
        Ok(super::access_points::find(call, w, resource_id)?.tags.clone())
    } else {
        Ok(call.file_system(w, resource_id)?.tags.clone())
    }
}

fn required_tags(body: TagsBody) -> Result<Option<Vec<super::WireTag>>, EfsError> {
    match body.tags {
        Some(t) if !t.is_empty() => Ok(Some(t)),
        _ => Err(EfsError::bad("Tags is required and must not be empty")),
    }
}

pub fn tag_resource(call: &Call, id: &str) -> EfsResult {
    let tags = required_tags(call.json()?)?;
    edit_tags(call, id, false, |existing| tags_from_wire(tags, existing))?;
    empty(StatusCode::OK)
}

pub fn create_tags(call: &Call, id: &str) -> EfsResult {
    let tags = required_tags(call.json()?)?;
    edit_tags(call, id, true, |existing| tags_from_wire(tags, existing))?;
    empty(StatusCode::NO_CONTENT)
}

fn remove_keys(existing: &[Tag], keys: &[String]) -> Result<Vec<Tag>, EfsError> {
    if keys.is_empty() || keys.len() > 50 {
        return Err(EfsError::bad("give 1 to 50 tag keys to remove"));
    }
    if let Some(k) = keys.iter().find(|k| k.is_empty() || k.chars().count() > 128) {
        return Err(EfsError::bad(format!("tag key '{k}' must be 1 to 128 characters")));
    }
    Ok(existing.iter().filter(|t| !keys.contains(&t.key)).cloned().collect())
}

pub fn untag_resource(call: &Call, id: &str) -> EfsResult {
    let keys = call.query_all("tagKeys");
    edit_tags(call, id, false, |existing| remove_keys(existing, &keys))?;
    empty(StatusCode::OK)
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DeleteTagsRequest {
    tag_keys: Option<Vec<String>>,
}

pub fn delete_tags(call: &Call, id: &str) -> EfsResult {
    let req: DeleteTagsRequest = call.json()?;
    let keys = req.tag_keys.unwrap_or_default();
    edit_tags(call, id, true, |existing| remove_keys(existing, &keys))?;
    empty(StatusCode::NO_CONTENT)
}

/// A page of the tags of `id` by index.
fn tag_page<'t>(
    call: &Call,
    id: &str,
    tags: &'t [Tag],
    token: Option<&str>,
    max: usize,
) -> Result<(&'t [Tag], Option<String>), EfsError> {
    paging::by_index(tags, &call.listing(&format!("tags of {id}")), token, max).map_err(EfsError::bad)
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct ListResponse<'a> {
    tags: &'a [Tag],
    #[serde(skip_serializing_if = "Option::is_none")]
    next_token: Option<String>,
}

pub fn list_tags_for_resource(call: &Call, id: &str) -> EfsResult {
    let max = call.page_size("MaxResults", DEFAULT_PAGE)?;
    let tags = tags_of(call, &call.emu.store.read(), id)?;
    let (page, next_token) = tag_page(call, id, &tags, call.query("NextToken"), max)?;
    ok(&ListResponse { tags: page, next_token })
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct DescribeResponse<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    marker: Option<&'a str>,
    tags: &'a [Tag],
    #[serde(skip_serializing_if = "Option::is_none")]
    next_marker: Option<String>,
}

pub fn describe_tags(call: &Call, id: &str) -> EfsResult {
    let max = call.page_size("MaxItems", DEFAULT_PAGE)?;
    let tags = call.file_system(&call.emu.store.read(), id)?.tags.clone();
    let marker = call.query("Marker");
    let (page, next_marker) = tag_page(call, id, &tags, marker, max)?;
    ok(&DescribeResponse { marker, tags: page, next_marker })
}
