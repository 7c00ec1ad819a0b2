//! A lifecycle configuration in the EFS API's shape (a list of `LifecyclePolicy`) and in the
//! model's (`Policy`), each from the other; `create`, `lifecycle` and the dashboard use both.

use aws_sdk_efs::types::{
    LifecyclePolicy, TransitionToArchiveRules, TransitionToIaRules, TransitionToPrimaryStorageClassRules,
};
use efsctl_core::lifecycle::Policy;
use efsctl_core::model::modes::TransitionAge;

/// The lifecycle configuration for the given transitions (one transition per policy object).
pub fn lifecycle_policies(
    ia: Option<TransitionAge>,
    archive: Option<TransitionAge>,
    back_on_access: bool,
) -> Vec<LifecyclePolicy> {
    let mut p = Vec::new();
    if let Some(t) = ia {
        p.push(LifecyclePolicy::builder().transition_to_ia(TransitionToIaRules::from(t.as_str())).build());
    }
    if let Some(t) = archive {
        p.push(LifecyclePolicy::builder().transition_to_archive(TransitionToArchiveRules::from(t.as_str())).build());
    }
    if back_on_access {
        p.push(
            LifecyclePolicy::builder()
                .transition_to_primary_storage_class(TransitionToPrimaryStorageClassRules::After1Access)
                .build(),
        );
    }
    p
}

/// The decisions' view of a lifecycle configuration as the API returns it (the inverse of
/// `lifecycle_policies`).
pub fn policy_of(policies: &[LifecyclePolicy]) -> Policy {
    let mut p = Policy::default();
    for l in policies {
        p.ia = p.ia.or(l.transition_to_ia().and_then(|t| t.as_str().parse().ok()));
        p.archive = p.archive.or(l.transition_to_archive().and_then(|t| t.as_str().parse().ok()));
        p.back_on_access |= l.transition_to_primary_storage_class().is_some();
    }
    p
}
