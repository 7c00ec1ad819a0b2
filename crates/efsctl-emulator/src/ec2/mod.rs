//! The EC2 Query API subset EFS users need: form-encoded `Action=…` requests, XML responses and
//! EC2's error XML. Handlers read `Params`, check everything, then stage changes.

pub mod acls;
mod interfaces;
mod network;
mod params;
mod security_groups;
mod tags;
mod xml;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::Emulator;
use super::db::DbError;
use efsctl_core::model::ids::{IdKind, is_id};
use efsctl_core::model::tags::Tag;
pub use params::Params;
use xml::Xml;
pub use xml::request_id;

#[derive(Debug)]
pub struct Ec2Error {
    code: &'static str,
    message: String,
    status: StatusCode,
}

impl Ec2Error {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Ec2Error { code, message: message.into(), status: StatusCode::BAD_REQUEST }
    }

    pub fn with_status(code: &'static str, message: impl Into<String>, status: StatusCode) -> Self {
        Ec2Error { code, message: message.into(), status }
    }

    fn invalid(message: impl Into<String>) -> Self {
        Self::new("InvalidParameterValue", message)
    }

    fn missing(name: &str) -> Self {
        Self::new("MissingParameter", format!("The request must contain the parameter {name}"))
    }

    /// EC2 tells an id that cannot be one (`…Malformed`: its prefix and 8 or 17 hex digits)
    /// from one that does not exist.
    fn check_id(kind: IdKind, code: &'static str, id: &str) -> Result<(), Self> {
        if is_id(kind, id) && matches!(id.len() - kind.prefix().len() - 1, 8 | 17) {
            return Ok(());
        }
        Err(Self::new(
            code,
            format!("Invalid id: \"{}\" (expecting \"{}-...\")", efsctl_core::model::clipped(id, 64), kind.prefix()),
        ))
    }
}

impl From<DbError> for Ec2Error {
    fn from(e: DbError) -> Self {
        tracing::error!("state write failed: {e}");
        Ec2Error {
            code: "InternalError",
            message: "the emulator could not persist the change; nothing was changed".into(),
            status: StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for Ec2Error {
    fn into_response(self) -> Response {
        let mut body = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error>");
        xml::push_leaf(&mut body, "Code", self.code);
        xml::push_leaf(&mut body, "Message", &self.message);
        body.push_str("</Error></Errors>");
        xml::push_leaf(&mut body, "RequestID", &xml::request_id());
        body.push_str("</Response>");
        (self.status, [("content-type", "text/xml;charset=UTF-8")], body).into_response()
    }
}

pub type Ec2Result = Result<Xml, Ec2Error>;

/// One EC2 call: its region, time and parameters.
pub struct Call<'a> {
    pub emu: &'a Emulator,
    pub region: &'a str,
    pub params: Params,
    pub action: &'a str,
}

impl Call<'_> {
    fn xml(&self) -> Xml {
        Xml::new(self.action)
    }

    /// The reply of a call that answers only that it succeeded: `<return>true</return>`.
    fn succeeded(&self) -> Ec2Result {
        let mut x = self.xml();
        x.leaf("return", true);
        Ok(x)
    }

    /// What a page token of this call resumes: its action and parameters, paging aside.
    fn listing(&self) -> String {
        super::paging::scope(
            self.action,
            self.params.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            &["NextToken", "MaxResults"],
        )
    }
}

/// Serves a form-encoded EC2 request (the `Action` is already known to be present).
pub fn handle(emu: &Emulator, region: &str, params: Params) -> Response {
    let action = params.get("Action").unwrap_or_default().to_string();
    let call = Call { emu, region, params, action: &action };
    match call.params.bool("DryRun") {
        Ok(None | Some(false)) => {}
        Ok(Some(true)) => {
            let mut e = Ec2Error::new("DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
            e.status = StatusCode::PRECONDITION_FAILED;
            return e.into_response();
        }
        Err(e) => return e.into_response(),
    }
    let result = match action.as_str() {
        "DescribeAvailabilityZones" => network::describe_availability_zones(&call),
        "DescribeVpcs" => network::describe_vpcs(&call),
        "CreateVpc" => network::create_vpc(&call),
        "DeleteVpc" => network::delete_vpc(&call),
        "DescribeSubnets" => network::describe_subnets(&call),
        "CreateSubnet" => network::create_subnet(&call),
        "DeleteSubnet" => network::delete_subnet(&call),
        "CreateSecurityGroup" => security_groups::create(&call),
        "DescribeSecurityGroups" => security_groups::describe(&call),
        "DeleteSecurityGroup" => security_groups::delete(&call),
        "AuthorizeSecurityGroupIngress" => security_groups::authorize(&call, false),
        "AuthorizeSecurityGroupEgress" => security_groups::authorize(&call, true),
        "RevokeSecurityGroupIngress" => security_groups::revoke(&call, false),
        "RevokeSecurityGroupEgress" => security_groups::revoke(&call, true),
        "DescribeSecurityGroupRules" => security_groups::describe_rules(&call),
        "DescribeNetworkInterfaces" => interfaces::describe(&call),
        "DescribeNetworkAcls" => acls::describe(&call),
        "CreateNetworkAcl" => acls::create(&call),
        "DeleteNetworkAcl" => acls::delete(&call),
        "CreateNetworkAclEntry" => acls::put_entry(&call, false),
        "ReplaceNetworkAclEntry" => acls::put_entry(&call, true),
        "DeleteNetworkAclEntry" => acls::delete_entry(&call),
        "ReplaceNetworkAclAssociation" => acls::replace_association(&call),
        "DescribeVpcAttribute" => network::describe_vpc_attribute(&call),
        "ModifyVpcAttribute" => network::modify_vpc_attribute(&call),
        "DescribeRouteTables" => network::describe_route_tables(&call),
        "CreateTags" => tags::create(&call),
        "DeleteTags" => tags::delete(&call),
        "DescribeTags" => tags::describe(&call),
        other => Err(Ec2Error::new(
            "InvalidAction",
            format!(
                "The action {other} is not valid for this web service (the emulator serves the EC2 subset EFS users need)."
            ),
        )),
    };
    match result {
        Ok(x) => (StatusCode::OK, [("content-type", "text/xml;charset=UTF-8")], x.finish()).into_response(),
        Err(e) => e.into_response(),
    }
}

/// Matches a resource against EC2 filters. `values` answers a filter name with the
/// resource's values for it, or `None` when the name is not a filter of this call.
fn matches_filters(
    filters: &[(String, Vec<String>)],
    tags: &[Tag],
    values: impl Fn(&str) -> Option<Vec<String>>,
) -> Result<bool, Ec2Error> {
    for (name, wanted) in filters {
        let have: Vec<String> = if let Some(key) = name.strip_prefix("tag:") {
            tags.iter().filter(|t| t.key == key).map(|t| t.value.clone()).collect()
        } else if name == "tag-key" {
            tags.iter().map(|t| t.key.clone()).collect()
        } else if name == "tag-value" {
            tags.iter().map(|t| t.value.clone()).collect()
        } else {
            values(name).ok_or_else(|| Ec2Error::invalid(format!("The filter '{name}' is invalid")))?
        };
        if !wanted.iter().any(|w| have.iter().any(|h| efsctl_core::model::wildcard::matches(w, h))) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The page size a call asks for (MaxResults, 5 to 1000; everything without it).
fn max_results(call: &Call) -> Result<usize, Ec2Error> {
    match call.params.get("MaxResults") {
        None => Ok(usize::MAX),
        Some(v) => v
            .parse::<usize>()
            .ok()
            .filter(|n| (5..=1000).contains(n))
            .ok_or_else(|| Ec2Error::invalid(format!("MaxResults must be between 5 and 1000, got '{v}'"))),
    }
}

/// Applies the common NextToken/MaxResults paging to items already in creation order.
fn page<'a, T>(
    call: &Call,
    items: Vec<&'a T>,
    seq: impl Fn(&T) -> u64,
) -> Result<(Vec<&'a T>, Option<String>), Ec2Error> {
    super::paging::by_seq(items, seq, &call.listing(), call.params.get("NextToken"), max_results(call)?)
        .map_err(|e| Ec2Error::new("InvalidNextToken", e))
}

/// The same for items without sequence numbers (tags, rules), by position.
fn page_slice<'a, T>(call: &Call, items: &'a [T]) -> Result<(&'a [T], Option<String>), Ec2Error> {
    super::paging::by_index(items, &call.listing(), call.params.get("NextToken"), max_results(call)?)
        .map_err(|e| Ec2Error::new("InvalidNextToken", e))
}
