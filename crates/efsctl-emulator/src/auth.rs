//! Signature checks: with credentials configured, every request (but the health check) must
//! carry a SigV4 signature made with one of their keys, for the right service, a region the
//! emulator serves, and a time within 15 minutes of the emulator's clock (the real one:
//! clients sign with theirs). Failures are answered as each AWS service answers them.

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use axum::http::request::Parts;
use efsctl_control::sigv4::{self, Keys, Payload, Scope};

/// How far a request's time may be from the emulator's, as on AWS.
const MAX_SKEW: Duration = Duration::from_secs(15 * 60);

/// The key pairs requests may be signed with.
#[derive(Clone, Default)]
pub struct Credentials {
    secrets: HashMap<String, Keys>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.secrets.keys()).finish()
    }
}

impl Credentials {
    pub fn new(keys: impl IntoIterator<Item = Keys>) -> Self {
        Credentials { secrets: keys.into_iter().map(|k| (k.access_key_id.clone(), k)).collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.secrets.is_empty()
    }
}

/// The endpoints a signature is checked for; each names its service in the credential scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Efs,
    Ec2,
    CloudWatch,
    Control,
}

impl Service {
    pub fn signing_name(self) -> &'static str {
        match self {
            Service::Efs => "elasticfilesystem",
            Service::Ec2 => "ec2",
            Service::CloudWatch => "monitoring",
            Service::Control => sigv4::CONTROL_SERVICE,
        }
    }
}

/// Why a request's signature was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthFailure {
    /// No Authorization header at all.
    Missing,
    /// An Authorization header that lacks a part, or a request lacking what it signs.
    Incomplete(String),
    /// An access key id none of the credentials has.
    UnknownKey,
    /// Signed more than 15 minutes away from now.
    Expired(String),
    /// A wrong signature, or a scope for another date, region or service.
    Mismatch(String),
}

const MISMATCH: &str = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

impl AuthFailure {
    /// The error code, HTTP status and message `service` answers this failure with.
    pub fn answer(&self, service: Service) -> (&'static str, u16, String) {
        let json_style = matches!(service, Service::Efs | Service::Control);
        match (self, service) {
            (AuthFailure::Missing, Service::Ec2) => (
                "MissingAuthenticationToken",
                401,
                "The request must contain either a valid (registered) AWS access key ID or X.509 certificate.".into(),
            ),
            (AuthFailure::Missing, _) if json_style => {
                ("MissingAuthenticationTokenException", 403, "Missing Authentication Token".into())
            }
            (AuthFailure::Missing, _) => {
                ("MissingAuthenticationToken", 403, "Request is missing Authentication Token".into())
            }
            (AuthFailure::Incomplete(m), _) if json_style => ("IncompleteSignatureException", 400, m.clone()),
            (AuthFailure::Incomplete(m), _) => ("IncompleteSignature", 400, m.clone()),
            (AuthFailure::UnknownKey, Service::Ec2) => {
                ("AuthFailure", 401, "AWS was not able to validate the provided access credentials".into())
            }
            (AuthFailure::UnknownKey, _) if json_style => {
                ("UnrecognizedClientException", 403, "The security token included in the request is invalid.".into())
            }
            (AuthFailure::UnknownKey, _) => {
                ("InvalidClientTokenId", 403, "The security token included in the request is invalid.".into())
            }
            (AuthFailure::Expired(_), Service::Ec2) => ("RequestExpired", 400, "Request has expired.".into()),
            (AuthFailure::Mismatch(m), Service::Ec2) => ("AuthFailure", 401, m.clone()),
            (AuthFailure::Expired(m) | AuthFailure::Mismatch(m), _) if json_style => {
                ("InvalidSignatureException", 403, m.clone())
            }
            (AuthFailure::Expired(m) | AuthFailure::Mismatch(m), _) => ("SignatureDoesNotMatch", 403, m.clone()),
        }
    }
}

/// The parts of `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`.
struct Authorization<'a> {
    key_id: &'a str,
    date: &'a str,
    region: &'a str,
    service: &'a str,
    signed_headers: Vec<&'a str>,
    signature: &'a str,
}

fn parse_authorization(value: &str) -> Result<Authorization<'_>, AuthFailure> {
    let incomplete = |m: &str| AuthFailure::Incomplete(m.to_string());
    let Some(rest) = value.strip_prefix("AWS4-HMAC-SHA256 ") else {
        let algorithm = value.split_whitespace().next().unwrap_or_default();
        return Err(AuthFailure::Incomplete(format!(
            "Unsupported AWS 'algorithm': '{}'; sign requests with AWS4-HMAC-SHA256 (Signature Version 4)",
            efsctl_core::model::clipped(algorithm, 40)
        )));
    };
    let mut parts = HashMap::new();
    for part in rest.split(',') {
        if let Some((k, v)) = part.trim().split_once('=') {
            parts.insert(k, v);
        }
    }
    let mut lacking = Vec::new();
    for name in ["Credential", "SignedHeaders", "Signature"] {
        if !parts.contains_key(name) {
            lacking.push(format!("Authorization header requires '{name}' parameter."));
        }
    }
    if !lacking.is_empty() {
        return Err(AuthFailure::Incomplete(format!("{} Authorization={}", lacking.join(" "), "AWS4-HMAC-SHA256")));
    }
    let scope: Vec<&str> = parts["Credential"].split('/').collect();
    let [key_id, date, region, service, "aws4_request"] = scope[..] else {
        return Err(incomplete("Credential must have the form ACCESS_KEY_ID/YYYYMMDD/REGION/SERVICE/aws4_request"));
    };
    Ok(Authorization {
        key_id,
        date,
        region,
        service,
        signed_headers: parts["SignedHeaders"].split(';').collect(),
        signature: parts["Signature"],
    })
}

/// Checks the signature of a request to `service`; `now` is the real time.
pub fn verify(
    credentials: &Credentials,
    service: Service,
    parts: &Parts,
    body: &[u8],
    now: SystemTime,
) -> Result<(), AuthFailure> {
    let Some(value) = parts.headers.get("authorization") else {
        let presigned = parts.uri.query().is_some_and(|q| q.contains("X-Amz-Signature="));
        return Err(if presigned {
            AuthFailure::Incomplete("presigned URLs are not accepted; sign the Authorization header".into())
        } else {
            AuthFailure::Missing
        });
    };
    let value = value.to_str().map_err(|_| AuthFailure::Incomplete("the Authorization header is not ASCII".into()))?;
    let auth = parse_authorization(value)?;
    let keys = credentials.secrets.get(auth.key_id).ok_or(AuthFailure::UnknownKey)?;
    let amz_date = parts.headers.get("x-amz-date").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let time = sigv4::parse_amz_date(amz_date).ok_or_else(|| {
        AuthFailure::Incomplete(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.".into(),
        )
    })?;
    if !auth.signed_headers.contains(&"host") {
        return Err(AuthFailure::Incomplete("'Host' must be a 'SignedHeader' in the AWS Authorization.".into()));
    }
    if auth.date != &amz_date[..8] {
        return Err(AuthFailure::Mismatch(format!(
            "Credential should be scoped to a valid date: '{}' (the request's X-Amz-Date is {amz_date})",
            efsctl_core::model::clipped(auth.date, 20)
        )));
    }
    if auth.service != service.signing_name() {
        return Err(AuthFailure::Mismatch(format!(
            "Credential should be scoped to correct service: '{}'.",
            service.signing_name()
        )));
    }
    if efsctl_core::model::regions::find(auth.region).is_none() {
        return Err(AuthFailure::Mismatch("Credential should be scoped to a valid region.".into()));
    }
    let skew = match now.duration_since(time) {
        Ok(behind) => behind,
        Err(ahead) => ahead.duration(),
    };
    if skew > MAX_SKEW {
        let (earliest, latest) = (now - MAX_SKEW, now + MAX_SKEW);
        return Err(AuthFailure::Expired(format!(
            "Signature expired: {amz_date} is now earlier than {} ({} - 15 min.) or later than {}",
            sigv4::format_amz_date(earliest),
            sigv4::format_amz_date(now),
            sigv4::format_amz_date(latest)
        )));
    }
    let mut headers = Vec::new();
    for name in &auth.signed_headers {
        for v in parts.headers.get_all(*name) {
            let v = v.to_str().map_err(|_| AuthFailure::Incomplete(format!("signed header '{name}' is not ASCII")))?;
            headers.push((*name, v));
        }
    }
    let payload = match parts.headers.get("x-amz-content-sha256").map(|v| v.as_bytes()) {
        Some(b"UNSIGNED-PAYLOAD") => Payload::Unsigned,
        _ => Payload::Bytes(body),
    };
    let path_and_query = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let scope = Scope { region: auth.region, service: auth.service, time };
    let expected = sigv4::signature(keys, scope, parts.method.as_str(), path_and_query, &headers, payload)
        .map_err(|e| AuthFailure::Incomplete(format!("the request cannot be signed as sent: {e}")))?;
    if sigv4::same_signature(&expected, auth.signature) { Ok(()) } else { Err(AuthFailure::Mismatch(MISMATCH.into())) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys { access_key_id: "AKIDEXAMPLE".into(), secret_access_key: "s3cret".into() }
    }

    /// A request to EFS signed now by efsctl's client-side signer with `secret`.
    fn signed(secret: &str, service: &str, body: &[u8]) -> Parts {
        let mut req = hyper::Request::builder()
            .method("POST")
            .uri("http://127.0.0.1:4566/2015-02-01/file-systems?MaxItems=1")
            .header("content-type", "application/json")
            .body(())
            .unwrap();
        let k = Keys { secret_access_key: secret.into(), ..keys() };
        sigv4::sign_request(&mut req, body, &k, "us-east-1", service).unwrap();
        req.headers_mut().insert("host", "127.0.0.1:4566".parse().unwrap());
        let (mut parts, ()) = req.into_parts();
        parts.uri = "/2015-02-01/file-systems?MaxItems=1".parse().unwrap();
        parts
    }

    #[test]
    fn checks_key_secret_body_service_and_time() {
        let creds = Credentials::new([keys()]);
        let now = SystemTime::now();
        let ok = signed("s3cret", "elasticfilesystem", b"{}");
        assert_eq!(verify(&creds, Service::Efs, &ok, b"{}", now), Ok(()));
        assert!(matches!(verify(&creds, Service::Efs, &ok, b"{ }", now), Err(AuthFailure::Mismatch(_))));
        assert!(matches!(verify(&creds, Service::Ec2, &ok, b"{}", now), Err(AuthFailure::Mismatch(_))));
        let wrong = signed("other", "elasticfilesystem", b"{}");
        assert!(matches!(verify(&creds, Service::Efs, &wrong, b"{}", now), Err(AuthFailure::Mismatch(_))));
        let later = now + Duration::from_secs(20 * 60);
        assert!(matches!(verify(&creds, Service::Efs, &ok, b"{}", later), Err(AuthFailure::Expired(_))));
        let stranger = Credentials::new([Keys { access_key_id: "OTHER".into(), ..keys() }]);
        assert_eq!(verify(&stranger, Service::Efs, &ok, b"{}", now), Err(AuthFailure::UnknownKey));
        let (mut bare, ()) = hyper::Request::builder().uri("/").body(()).unwrap().into_parts();
        assert_eq!(verify(&creds, Service::Efs, &bare, b"", now), Err(AuthFailure::Missing));
        bare.headers.insert("authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101".parse().unwrap());
        assert!(matches!(verify(&creds, Service::Efs, &bare, b"", now), Err(AuthFailure::Incomplete(_))));
    }

    #[test]
    fn each_service_answers_in_its_own_codes() {
        let codes =
            |f: AuthFailure| [Service::Efs, Service::Ec2, Service::CloudWatch, Service::Control].map(|s| f.answer(s).0);
        assert_eq!(
            codes(AuthFailure::UnknownKey),
            ["UnrecognizedClientException", "AuthFailure", "InvalidClientTokenId", "UnrecognizedClientException"]
        );
        assert_eq!(
            codes(AuthFailure::Mismatch(MISMATCH.into())),
            ["InvalidSignatureException", "AuthFailure", "SignatureDoesNotMatch", "InvalidSignatureException"]
        );
        assert_eq!(
            codes(AuthFailure::Incomplete("x".into())),
            [
                "IncompleteSignatureException",
                "IncompleteSignature",
                "IncompleteSignature",
                "IncompleteSignatureException"
            ]
        );
        assert_eq!(codes(AuthFailure::Expired("x".into()))[1], "RequestExpired");
    }
}
