//! The crate's modules depend one way: the layer order stated in `lib.rs`, and no cycle
//! among the modules inside any module. Read from the `crate::` and `super::` paths of every
//! source file, so a new back stair fails here before review.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The layers, lowest first; a module may use only modules of earlier layers (and itself).
const LAYERS: &[&[&str]] = &[
    &["parallel", "files"],
    &["kb"],
    &["search", "searchlog"],
    &["catalog"],
    &["cache", "view", "shortlist"],
    &["app"],
    &["ui"],
    &["export", "plain", "present"],
    &["terminal"],
    &["cli"],
];

type Module = Vec<String>;

fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<Module, String>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            let mut p = prefix.to_vec();
            p.push(name);
            modules(&path, &p, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let mut m = prefix.to_vec();
            if name != "mod" && name != "lib" && name != "main" {
                m.push(name);
            }
            out.insert(m, fs::read_to_string(&path).unwrap());
        }
    }
}

/// Every path a file names through `crate::` or `super::`, braces expanded one level.
fn paths(module: &Module, text: &str) -> Vec<Module> {
    let mut out = Vec::new();
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let bytes = code.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < bytes.len() {
        if !code.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let start_ok = i == 0 || !is_ident(bytes[i - 1]) && bytes[i - 1] != b':';
        let rest = &code[i..];
        let (mut base, skip) = if start_ok && rest.starts_with("crate::") {
            (Vec::new(), "crate::".len())
        } else if start_ok && rest.starts_with("super::") {
            // In a file `a/b.rs` (module a::b) super is a; in `a/b/mod.rs` (a::b) too.
            let mut base = module.clone();
            base.pop();
            (base, "super::".len())
        } else {
            i += 1;
            continue;
        };
        let mut j = i + skip;
        while code[j..].starts_with("super::") {
            base.pop();
            j += "super::".len();
        }
        // Segments up to a brace, a non-path character or the end.
        loop {
            let seg_end = j + code[j..].bytes().take_while(|&b| is_ident(b)).count();
            if seg_end == j {
                break;
            }
            base.push(code[j..seg_end].to_string());
            j = seg_end;
            if code[j..].starts_with("::{") {
                let close = code[j..].find('}').map_or(code.len(), |c| j + c);
                for item in code[j + 3..close].split(',') {
                    let first: String = item
                        .trim()
                        .chars()
                        .take_while(|&c| c.is_alphanumeric() || c == '_')
                        .collect();
                    if !first.is_empty() {
                        let mut p = base.clone();
                        p.push(first);
                        out.push(p);
                    }
                }
                j = close;
                break;
            } else if code[j..].starts_with("::") {
                j += 2;
            } else {
                break;
            }
        }
        out.push(base);
        i = j.max(i + 1);
    }
    out
}

/// The longest prefix of `path` that is a module.
fn resolve(path: &Module, known: &BTreeSet<Module>) -> Option<Module> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| known.contains(p))
}

fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let mut files = BTreeMap::new();
    modules(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &[],
        &mut files,
    );
    let known: BTreeSet<Module> = files.keys().cloned().collect();
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (m, text) in &files {
        let targets = edges.entry(m.clone()).or_default();
        for p in paths(m, text) {
            if let Some(t) = resolve(&p, &known)
                && &t != m
            {
                targets.insert(t);
            }
        }
    }
    edges
}

fn layer(top: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&top))
}

#[test]
fn the_layers_point_one_way() {
    let mut wrong = Vec::new();
    for (from, targets) in graph() {
        let Some(a) = from.first() else { continue };
        for to in targets {
            let Some(b) = to.first() else { continue };
            if a == b {
                continue;
            }
            match (layer(a), layer(b)) {
                (Some(x), Some(y)) if y < x => {}
                _ => wrong.push(format!("{} -> {}", from.join("::"), to.join("::"))),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "back stairs (or a module missing from LAYERS):\n{}",
        wrong.join("\n")
    );
}

/// Within every module, its child modules (each with all it holds) form no cycle.
#[test]
fn no_module_cycles_among_siblings() {
    let edges = graph();
    // Collapse every edge to the two children of the lowest common ancestor.
    let mut sib: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (from, targets) in &edges {
        for to in targets {
            let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
            // An edge to an ancestor or a descendant is the module tree itself.
            if common == from.len() || common == to.len() {
                continue;
            }
            sib.entry(from[..=common].to_vec())
                .or_default()
                .insert(to[..=common].to_vec());
        }
    }
    // A cycle: some node reaches itself.
    let mut cycles = Vec::new();
    for start in sib.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<Module> = sib[start].iter().cloned().collect();
        while let Some(n) = stack.pop() {
            if &n == start {
                cycles.push(start.join("::"));
                break;
            }
            if seen.insert(n.clone())
                && let Some(next) = sib.get(&n)
            {
                stack.extend(next.iter().cloned());
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "modules in a cycle: {}",
        cycles.join(", ")
    );
}

#[test]
fn the_checker_sees_paths_through_braces_and_super() {
    let m: Module = vec!["kb".into(), "load".into()];
    let found = paths(
        &m,
        "use super::check::{self, x};\nuse crate::ui::{doc, theme::Theme};\n",
    );
    let has = |p: &[&str]| {
        found.iter().any(|f| {
            f == &p
                .iter()
                .map(std::string::ToString::to_string)
                .collect::<Vec<_>>()
        })
    };
    assert!(has(&["kb", "check"]));
    assert!(has(&["ui", "doc"]));
    assert!(has(&["ui", "theme"]));
}
