//! The architecture's one-way arrows (docs/ARCHITECTURE.md, "Crate map"), checked: a crate
//! depends only on crates below it, and a module of the `efsctl` crate uses only modules
//! below it. Cargo already forbids cycles between crates; this also forbids an arrow back up
//! and keeps the CLI's modules in layers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The workspace's crates, lowest first; a crate may depend on crates of a lower layer only.
const CRATE_LAYERS: &[(&str, u8)] =
    &[("efsctl-core", 0), ("efsctl-fs", 1), ("efsctl-control", 1), ("efsctl-emulator", 2), ("efsctl", 3)];

/// The modules of the `efsctl` crate, lowest first.
const MODULE_LAYERS: &[(&str, u8)] = &[
    ("error", 0),
    ("logging", 0),
    ("lifecycle_config", 0),
    ("throughput_ledger", 0),
    ("cli", 1),
    ("settings", 2),
    ("output", 3),
    ("clients", 3),
    ("metric_queries", 4),
    ("tui", 5),
    ("commands", 6),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The workspace crates a manifest depends on (normal, dev and build dependencies).
fn workspace_dependencies(manifest: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(manifest).unwrap_or_else(|e| panic!("{}: {e}", manifest.display()));
    let doc: toml::Table = text.parse().unwrap_or_else(|e| panic!("{}: {e}", manifest.display()));
    ["dependencies", "dev-dependencies", "build-dependencies"]
        .iter()
        .filter_map(|t| doc.get(*t).and_then(|d| d.as_table()))
        .flat_map(|t| t.keys().cloned())
        .filter(|name| CRATE_LAYERS.iter().any(|(c, _)| c == name))
        .collect()
}

#[test]
fn crates_depend_only_on_lower_layers() {
    let layer = |name: &str| CRATE_LAYERS.iter().find(|(c, _)| *c == name).map(|(_, l)| *l);
    let mut manifests = vec![("efsctl".to_string(), root().join("Cargo.toml"))];
    for entry in std::fs::read_dir(root().join("crates")).expect("crates/") {
        let dir = entry.expect("crates/ entry").path();
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        assert!(layer(&name).is_some(), "crates/{name} has no layer in CRATE_LAYERS: give it one");
        manifests.push((name, dir.join("Cargo.toml")));
    }
    let mut wrong = Vec::new();
    for (name, manifest) in &manifests {
        let own = layer(name).expect("layer");
        for dep in workspace_dependencies(manifest) {
            let theirs = layer(&dep).expect("layer");
            if theirs >= own {
                wrong.push(format!("{name} (layer {own}) depends on {dep} (layer {theirs})"));
            }
        }
    }
    assert!(wrong.is_empty(), "arrows back up:\n{}", wrong.join("\n"));
}

/// The `crate::…` modules a source file names (`crate::x::…` and `use crate::{x, y::{…}}`).
fn modules_named(source: &str) -> Vec<String> {
    let ident = |s: &str| s.trim().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect::<String>();
    let mut names = Vec::new();
    for (i, _) in source.match_indices("crate::") {
        let rest = &source[i + "crate::".len()..];
        let Some(group) = rest.strip_prefix('{') else {
            names.push(ident(rest));
            continue;
        };
        // The group's items at depth 0, up to its closing brace.
        let (mut depth, mut start) = (0usize, 0usize);
        for (j, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    names.push(ident(&group[start..j]));
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    names.push(ident(&group[start..j]));
                    start = j + 1;
                }
                _ => {}
            }
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn cli_modules_use_only_lower_layers() {
    let layer = |name: &str| MODULE_LAYERS.iter().find(|(m, _)| *m == name).map(|(_, l)| *l);
    let src = root().join("src");
    let mut by_module: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for entry in std::fs::read_dir(&src).expect("src/") {
        let path = entry.expect("src entry").path();
        let name = path.file_stem().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if name == "lib" || name == "main" {
            continue;
        }
        assert!(layer(&name).is_some(), "src/{name} has no layer in MODULE_LAYERS: give it one");
        let mut files = Vec::new();
        if path.is_dir() {
            rust_files(&path, &mut files)
        } else {
            files.push(path)
        }
        by_module.insert(name, files);
    }
    let mut wrong = Vec::new();
    for (module, files) in &by_module {
        let own = layer(module).expect("layer");
        for file in files {
            let text = std::fs::read_to_string(file).expect("source");
            for used in modules_named(&text).into_iter().filter(|u| u != module) {
                match layer(&used) {
                    Some(theirs) if theirs < own => {}
                    Some(theirs) => {
                        wrong.push(format!("{} ({module}, layer {own}) uses {used} (layer {theirs})", file.display()))
                    }
                    None => {
                        wrong.push(format!("{} names crate::{used}, which is not a module of src/", file.display()))
                    }
                }
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "arrows back up:\n{}", wrong.join("\n"));
}

#[test]
fn module_names_are_read_from_paths_and_groups() {
    let text = "use crate::cli::{A, B};\nuse crate::{output::{self, bytes}, settings};\nlet x = crate::tui::run();";
    assert_eq!(modules_named(text), ["cli", "output", "settings", "tui"]);
}
