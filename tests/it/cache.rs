//! The search cache for large --data files: the same results as loading the file, never a
//! stale or damaged cache, nothing written when it should not be.

use crate::synth;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use assert_cmd::Command;
use perfusion_explorer::cache::{Key, MIN_BYTES, Stored, store};
use perfusion_explorer::catalog::Catalog;
use perfusion_explorer::kb::load;
use predicates::prelude::*;
use proptest::prelude::*;
use tempfile::TempDir;

const QUERIES: &[&str] = &[
    "per",
    "perfusionist salary",
    "how much do perfusionists make",
    "oxigenator",
    "ecmo",
    "cardiac output",
    "heart lung machine",
    "qxzv",
    "é",
    "a",
];

/// A synthetic base over the cache threshold, last modified a minute ago (a file written
/// this instant is not cached yet; see `cache::SETTLE`).
pub fn big_file(dir: &Path, name: &str, seed: u64) -> PathBuf {
    let json = synth::Synth::new(3000, seed).knowledge_base(3000);
    assert!(json.len() as u64 > MIN_BYTES);
    let path = dir.join(name);
    fs::write(&path, json).unwrap();
    age(&path);
    path
}

pub fn age(path: &Path) {
    let then = SystemTime::now() - Duration::from_secs(60);
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(then)
        .unwrap();
}

pub fn library(path: &Path) -> (Catalog, Vec<load::Problem>) {
    let loaded = load::from_path(path).unwrap();
    (Catalog::new(loaded.kb), loaded.warnings)
}

/// A large base in `dir`, loaded, with its cache written: the data file, the library and
/// the cache's key.
fn cached_base(dir: &Path, seed: u64) -> (PathBuf, Catalog, Key) {
    let data = big_file(dir, "kb.json", seed);
    let (lib, warnings) = library(&data);
    let key = Key::in_dir(&dir.join("cache"), &data).unwrap();
    store(&key, &lib, &warnings);
    (data, lib, key)
}

fn cmd(cache: &Path) -> Command {
    let mut c = Command::cargo_bin("perfusion-explorer").unwrap();
    c.env("XDG_CACHE_HOME", cache).env_remove("NO_COLOR");
    c
}

fn cache_files(cache: &Path) -> Vec<PathBuf> {
    let dir = cache.join("perfusion-explorer");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn a_stored_index_gives_the_same_results_as_the_loaded_file() {
    let tmp = TempDir::new().unwrap();
    let (_, lib, key) = cached_base(tmp.path(), 7);
    let stored = Stored::open(&key).expect("the cache just written opens");
    for q in QUERIES {
        for limit in [1, 10, 50] {
            assert_eq!(
                stored.search(q, limit, 76),
                Some(lib.results(q, limit, 76)),
                "{q} limit {limit}"
            );
        }
    }
    // Queries made of every title word of some entries, so hits are many and varied.
    for e in lib.entries.iter().step_by(97) {
        assert_eq!(
            stored.search(&e.title, 20, 40),
            Some(lib.results(&e.title, 20, 40))
        );
    }
}

#[test]
fn a_changed_file_never_uses_the_old_cache() {
    let tmp = TempDir::new().unwrap();
    let (data, lib, key) = cached_base(tmp.path(), 7);
    // Same size, same modification time: only the content (and so the change time) differs.
    let text = fs::read_to_string(&data).unwrap();
    let first = &lib
        .entries
        .iter()
        .find(|e| e.title.is_ascii() && e.title.len() > 12 && !e.title.contains(['"', '\\']))
        .unwrap()
        .title;
    let renamed = format!("Zebrafinch{}", &first[10..]);
    let modified = fs::metadata(&data).unwrap().modified().unwrap();
    fs::write(&data, text.replacen(first.as_str(), &renamed, 1)).unwrap();
    let file = fs::File::options().write(true).open(&data).unwrap();
    file.set_modified(modified).unwrap();
    assert_eq!(fs::metadata(&data).unwrap().modified().unwrap(), modified);
    assert_eq!(fs::metadata(&data).unwrap().len(), text.len() as u64);
    let now = Key::in_dir(&tmp.path().join("cache"), &data).unwrap();
    assert_eq!(now.file(), key.file(), "same data file, same cache file");
    assert!(
        Stored::open(&now).is_none(),
        "the old cache must not be used"
    );
}

#[test]
fn the_cli_caches_large_files_and_sees_edits() {
    let tmp = TempDir::new().unwrap();
    let cache = tmp.path().join("cache");
    let data = big_file(tmp.path(), "kb.json", 3);
    let search = |q: &str, extra: &[&str]| {
        let out = cmd(&cache)
            .arg("--data")
            .arg(&data)
            .args(["search", q, "--format", "json"])
            .args(extra)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let fresh = search("cardiac output", &["--no-cache"]);
    assert!(cache_files(&cache).is_empty(), "--no-cache writes nothing");
    assert_eq!(search("cardiac output", &[]), fresh);
    assert_eq!(
        cache_files(&cache).len(),
        1,
        "the first search keeps the index"
    );
    assert_eq!(
        search("cardiac output", &[]),
        fresh,
        "the cached search agrees"
    );
    assert!(!search("zebrafinch", &[]).contains("Zebrafinch"));

    let text = fs::read_to_string(&data).unwrap();
    let edited = text.replacen("\"question\":\"", "\"question\":\"Zebrafinch ", 1);
    assert!(edited != text, "the edit applies");
    fs::write(&data, edited).unwrap();
    age(&data);
    assert!(
        search("zebrafinch", &[]).contains("Zebrafinch"),
        "the edit is seen"
    );
    assert!(
        search("zebrafinch", &[]).contains("Zebrafinch"),
        "and cached again"
    );
    assert_eq!(cache_files(&cache).len(), 1, "one cache file per data file");
}

#[test]
fn warnings_are_repeated_when_the_cache_answers() {
    let tmp = TempDir::new().unwrap();
    let cache = tmp.path().join("cache");
    let data = tmp.path().join("kb.json");
    let json = synth::Synth::new(3000, 5).knowledge_base(3000);
    fs::write(&data, json.replacen('{', "{\"colour\": \"blue\", ", 1)).unwrap();
    age(&data);
    let run = || {
        let out = cmd(&cache)
            .arg("--data")
            .arg(&data)
            .args(["search", "ecmo"])
            .output()
            .unwrap();
        assert!(out.status.success());
        (out.stdout, String::from_utf8(out.stderr).unwrap())
    };
    let first = run();
    assert_eq!(cache_files(&cache).len(), 1);
    assert!(
        first.1.contains("warning") && first.1.contains("colour"),
        "{}",
        first.1
    );
    assert_eq!(run(), first);
}

#[test]
fn nothing_is_cached_for_small_fresh_or_unwritable_cases() {
    let tmp = TempDir::new().unwrap();
    let cache = tmp.path().join("cache");
    // Small: the embedded base as a file.
    let small = tmp.path().join("small.json");
    fs::write(&small, load::EMBEDDED_JSON).unwrap();
    age(&small);
    assert!(Key::in_dir(&cache, &small).is_none());
    // Just written: it may change again within its timestamp tick.
    let fresh = tmp.path().join("fresh.json");
    fs::write(&fresh, synth::Synth::new(3000, 1).knowledge_base(3000)).unwrap();
    for data in [&small, &fresh] {
        cmd(&cache)
            .arg("--data")
            .arg(data)
            .args(["search", "ecmo"])
            .assert()
            .success();
    }
    assert!(cache_files(&cache).is_empty());
    // A cache directory that cannot be made (a file is in the way): the search still works.
    let blocked = tmp.path().join("blocked");
    fs::write(&blocked, "").unwrap();
    let data = big_file(tmp.path(), "kb.json", 2);
    cmd(&blocked)
        .arg("--data")
        .arg(&data)
        .args(["search", "ecmo"])
        .assert()
        .success()
        .stdout(predicates::str::is_empty().not());
}

#[test]
fn only_the_most_recent_cache_files_are_kept() {
    let tmp = TempDir::new().unwrap();
    let cache = tmp.path().join("cache");
    let data = big_file(tmp.path(), "kb0.json", 9);
    let (lib, warnings) = library(&data);
    let bytes = fs::read(&data).unwrap();
    for i in 0..11 {
        // The same content under different names: a cache file each.
        let path = tmp.path().join(format!("kb{i}.json"));
        fs::write(&path, &bytes).unwrap();
        age(&path);
        store(
            &Key::in_dir(&cache.join("perfusion-explorer"), &path).unwrap(),
            &lib,
            &warnings,
        );
    }
    assert_eq!(cache_files(&cache).len(), 8);
    let newest = Key::in_dir(
        &cache.join("perfusion-explorer"),
        &tmp.path().join("kb10.json"),
    )
    .unwrap();
    assert!(Stored::open(&newest).is_some());
}

type Expected = Vec<perfusion_explorer::search::Found>;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Damage in a cache file: it is refused when opened, or a search over it
    /// reports that it cannot answer (None), or it answers exactly as the data file would.
    /// Never a panic, never a wrong answer.
    #[test]
    fn a_damaged_cache_never_gives_wrong_results(cuts in prop::collection::vec((0.0f64..1.0, any::<u8>()), 1..400), truncate in any::<bool>()) {
        let (_tmp, key, pristine, expected) = shared();
        let mut bytes = pristine.clone();
        // The header (magic, head length, head checksum) is 24 bytes; the checksummed head
        // follows. Flips go past it, into the posting lists and entries read on demand.
        let head_len = u64::from_le_bytes(pristine[8..16].try_into().unwrap()) as usize;
        let body = 24 + head_len;
        let place = |at: f64, from: usize| from + ((pristine.len() - 1 - from) as f64 * at) as usize;
        if truncate {
            bytes.truncate(place(cuts[0].0, 0));
        } else {
            for &(at, value) in &cuts {
                bytes[place(at, body)] ^= value | 1;
            }
        }
        fs::write(key.file(), &bytes).unwrap();
        if let Some(stored) = Stored::open(key) {
            for (q, want) in QUERIES.iter().zip(expected) {
                if let Some(got) = stored.search(q, 50, 76) {
                    prop_assert_eq!(&got, want, "{}", q);
                }
            }
        }
    }
}

/// One cache file for all damage cases (building it is the slow part), and what each of
/// `QUERIES` finds in the data file.
fn shared() -> &'static (TempDir, Key, Vec<u8>, Expected) {
    static SHARED: std::sync::OnceLock<(TempDir, Key, Vec<u8>, Expected)> =
        std::sync::OnceLock::new();
    SHARED.get_or_init(|| {
        let tmp = TempDir::new().unwrap();
        let (_, lib, key) = cached_base(tmp.path(), 11);
        let bytes = fs::read(key.file()).unwrap();
        let expected = QUERIES.iter().map(|q| lib.results(q, 50, 76)).collect();
        (tmp, key, bytes, expected)
    })
}
