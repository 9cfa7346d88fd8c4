//! The search cache cannot be turned against its user (attack report F9-F12): a private
//! directory and private files, created exclusively under random names, no FIFO or planted
//! file ever blocks a search, and what a killed writer left behind is cleaned up.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, SystemTime};

use perfusion_explorer::cache::{Key, Stored, store};

use crate::cache::{big_file, library};

fn mode(path: &std::path::Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_cache_is_private_and_written_under_a_name_nobody_can_plant() {
    let dir = tempfile::tempdir().unwrap();
    let data = big_file(dir.path(), "private.json", 7);
    fs::set_permissions(&data, fs::Permissions::from_mode(0o600)).unwrap();
    let cache = dir.path().join("cache");
    // An older build's world-readable directory is made private on the next write.
    fs::create_dir_all(&cache).unwrap();
    fs::set_permissions(&cache, fs::Permissions::from_mode(0o755)).unwrap();
    // What a killed writer left: old temporary files, removed when the cache is next written.
    let stale = cache.join(".search-left-behind.tmp");
    fs::write(&stale, vec![0u8; 1024]).unwrap();
    let then = SystemTime::now() - Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(then)
        .unwrap();
    let fresh = cache.join(".search-being-written.tmp");
    fs::write(&fresh, b"x").unwrap();

    let (lib, warnings) = library(&data);
    let key = Key::in_dir(&cache, &data).unwrap();
    store(&key, &lib, &warnings);
    assert_eq!(mode(&cache), 0o700, "the cache directory");
    assert_eq!(mode(key.file()), 0o600, "the cache file");
    assert!(Stored::open(&key).is_some());
    assert!(!stale.exists(), "a stale temporary file stays");
    assert!(
        fresh.exists(),
        "a write in progress (another process) was removed"
    );
}

#[test]
fn a_fifo_at_the_cache_path_never_blocks_a_search() {
    let dir = tempfile::tempdir().unwrap();
    let data = big_file(dir.path(), "kb.json", 9);
    let key = Key::in_dir(&dir.path().join("cache"), &data).unwrap();
    fs::create_dir_all(key.file().parent().unwrap()).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(key.file())
        .status();
    if !made.is_ok_and(|s| s.success()) {
        return;
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let k = key.clone();
    std::thread::spawn(move || {
        let _ = tx.send(Stored::open(&k).is_none());
    });
    let refused = rx.recv_timeout(Duration::from_secs(5));
    assert_eq!(
        refused,
        Ok(true),
        "opening a FIFO as the cache must return at once, unused"
    );
    // And a FIFO given as --data is refused with a message, not waited on.
    let fifo = dir.path().join("data.json");
    let _ = std::process::Command::new("mkfifo").arg(&fifo).status();
    let err = perfusion_explorer::kb::load::from_path(&fifo)
        .err()
        .map(|e| e.to_string());
    assert!(err.is_some_and(|e| e.contains("not a regular file")));
}
