//! AWS Signature Version 4, as the emulator checks it and as efsctl signs its control
//! requests: both sides compute a signature with aws-sigv4 (the SDKs' own signer), so the
//! check is the SDKs' canonical request, not a second reading of the specification.

use std::time::SystemTime;

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;

/// The service name the control endpoints (`/_efsctl/…`) are signed for.
pub const CONTROL_SERVICE: &str = "efsctl";

/// The `X-Amz-Date` format: `20261204T171000Z`.
const AMZ_DATE: &str = "%Y%m%dT%H%M%SZ";

/// An access key pair. Debug output never shows the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Keys {
    pub access_key_id: String,
    pub secret_access_key: String,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys").field("access_key_id", &self.access_key_id).finish_non_exhaustive()
    }
}

impl Keys {
    fn identity(&self) -> Identity {
        Credentials::new(&self.access_key_id, &self.secret_access_key, None, None, "efsctl").into()
    }
}

/// What a signature covers besides the request: the credential scope and the time.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    pub region: &'a str,
    pub service: &'a str,
    pub time: SystemTime,
}

/// The request body as the signature covers it.
#[derive(Debug, Clone, Copy)]
pub enum Payload<'a> {
    Bytes(&'a [u8]),
    /// `x-amz-content-sha256: UNSIGNED-PAYLOAD`.
    Unsigned,
}

/// The signature of a request whose signed headers are exactly `headers` (lower-case names,
/// `host` among them), as a client with `keys` computes it.
pub fn signature(
    keys: &Keys,
    scope: Scope<'_>,
    method: &str,
    path_and_query: &str,
    headers: &[(&str, &str)],
    payload: Payload<'_>,
) -> Result<String, String> {
    let identity = keys.identity();
    let mut settings = SigningSettings::default();
    // The client chose which headers to sign; sign exactly those.
    settings.excluded_headers = None;
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(scope.region)
        .name(scope.service)
        .time(scope.time)
        .settings(settings)
        .build()
        .map_err(|e| e.to_string())?
        .into();
    let body = match payload {
        Payload::Bytes(b) => SignableBody::Bytes(b),
        Payload::Unsigned => SignableBody::UnsignedPayload,
    };
    let request =
        SignableRequest::new(method, path_and_query, headers.iter().copied(), body).map_err(|e| e.to_string())?;
    Ok(sign(request, &params).map_err(|e| e.to_string())?.signature().to_string())
}

/// Signs `request` (whose URI has the endpoint's authority) for `service` in `region`.
pub fn sign_request<B>(
    request: &mut hyper::Request<B>,
    body: &[u8],
    keys: &Keys,
    region: &str,
    service: &str,
) -> Result<(), String> {
    let identity = keys.identity();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name(service)
        .time(SystemTime::now())
        .settings(SigningSettings::default())
        .build()
        .map_err(|e| e.to_string())?
        .into();
    let uri = request.uri().to_string();
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .filter_map(|(k, v)| Some((k.as_str().to_string(), v.to_str().ok()?.to_string())))
        .collect();
    let signable = SignableRequest::new(
        request.method().as_str(),
        uri,
        headers.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        SignableBody::Bytes(body),
    )
    .map_err(|e| e.to_string())?;
    let (instructions, _) = sign(signable, &params).map_err(|e| e.to_string())?.into_parts();
    instructions.apply_to_request_http1x(request);
    Ok(())
}

/// `X-Amz-Date`'s time.
pub fn parse_amz_date(s: &str) -> Option<SystemTime> {
    let t = jiff::civil::DateTime::strptime(AMZ_DATE, s).ok()?.to_zoned(jiff::tz::TimeZone::UTC).ok()?;
    Some(SystemTime::from(t.timestamp()))
}

/// `time` as `X-Amz-Date` writes it.
pub fn format_amz_date(time: SystemTime) -> String {
    jiff::Timestamp::try_from(time).map(|t| t.strftime(AMZ_DATE).to_string()).unwrap_or_default()
}

/// Compares two signatures in time that does not depend on where they differ.
pub fn same_signature(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// AWS's published example (the SigV4 test suite's get-vanilla): its signature is known.
    #[test]
    fn matches_the_published_example() {
        let keys = Keys {
            access_key_id: "AKIDEXAMPLE".into(),
            secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".into(),
        };
        let time = parse_amz_date("20150830T123600Z").unwrap();
        let sig = signature(
            &keys,
            Scope { region: "us-east-1", service: "service", time },
            "GET",
            "/",
            &[("host", "example.amazonaws.com"), ("x-amz-date", "20150830T123600Z")],
            Payload::Bytes(b""),
        )
        .unwrap();
        assert_eq!(sig, "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
        assert_eq!(format_amz_date(time), "20150830T123600Z");
    }

    #[test]
    fn a_signed_request_verifies_and_a_changed_one_does_not() {
        let keys = Keys { access_key_id: "AK".into(), secret_access_key: "secret".into() };
        let mut req = hyper::Request::builder()
            .method("POST")
            .uri(format!("http://127.0.0.1:4566{}", crate::api::paths::RESET))
            .header("content-type", "application/json")
            .body(())
            .unwrap();
        sign_request(&mut req, b"{}", &keys, "us-east-1", CONTROL_SERVICE).unwrap();
        let auth = req.headers()["authorization"].to_str().unwrap().to_string();
        let date = req.headers()["x-amz-date"].to_str().unwrap().to_string();
        let given = auth.rsplit("Signature=").next().unwrap();
        let signed_headers = auth.split("SignedHeaders=").nth(1).unwrap().split(',').next().unwrap();
        assert_eq!(signed_headers, "content-type;host;x-amz-date");
        let scope = Scope { region: "us-east-1", service: CONTROL_SERVICE, time: parse_amz_date(&date).unwrap() };
        let headers = [("content-type", "application/json"), ("host", "127.0.0.1:4566"), ("x-amz-date", date.as_str())];
        let again = signature(&keys, scope, "POST", crate::api::paths::RESET, &headers, Payload::Bytes(b"{}")).unwrap();
        assert!(same_signature(given, &again));
        let tampered =
            signature(&keys, scope, "POST", crate::api::paths::RESET, &headers, Payload::Bytes(b"{ }")).unwrap();
        assert!(!same_signature(given, &tampered));
    }
}
