//! A Rust SDK EFS client for an emulator at `url` (shared by the benches that fill one).

use aws_credential_types::Credentials;
use aws_sdk_efs::config::{BehaviorVersion, Region};

pub fn efs_client(url: &str) -> aws_sdk_efs::Client {
    let conf = aws_sdk_efs::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .endpoint_url(url)
        .credentials_provider(Credentials::new("bench", "bench", None, None, "bench"))
        .build();
    aws_sdk_efs::Client::from_conf(conf)
}
