//! The kiosk's opt-in search log (`--kiosk --log FILE`): what students searched and how many
//! entries each search found, appended on a thread of its own, and the `report` that reads
//! it back. Nothing else is kept: no time of day beyond the second, no names, no keys.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Sender};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::kb::sanitize::clean;

/// The log stops growing here (about 10,000 searches): a kiosk left for a year never
/// fills a disk.
pub const MAX_LOG_BYTES: u64 = 1 << 20;
/// `report` reads at most this much of a file.
const MAX_READ_BYTES: u64 = 16 << 20;
/// The longest query kept, in characters.
const MAX_QUERY_CHARS: usize = 200;

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Seconds since 1970.
    pub time: u64,
    pub query: String,
    pub hits: usize,
}

/// Where searches go: a thread that appends them, so the screen never waits on the disk.
pub struct SearchLog {
    tx: Sender<Record>,
}

impl SearchLog {
    /// Opens (or creates, readable by its owner only) `path` for appending; fails at once,
    /// before the kiosk starts, if it cannot be written.
    pub fn open(path: &Path) -> io::Result<SearchLog> {
        let file = open_append(path)?;
        let (tx, rx) = mpsc::channel::<Record>();
        let path: PathBuf = path.to_path_buf();
        std::thread::Builder::new()
            .name("search-log".into())
            .spawn(move || {
                let mut file = file;
                for record in rx {
                    // A failed write (full disk, file removed) loses that line, never the kiosk.
                    let _ = append(&mut file, &path, &record);
                }
            })?;
        Ok(SearchLog { tx })
    }

    pub fn record(&self, query: &str, hits: usize) {
        let time = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let query: String = query.trim().chars().take(MAX_QUERY_CHARS).collect();
        let _ = self.tx.send(Record { time, query, hits });
    }
}

fn open_append(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

fn append(file: &mut File, path: &Path, record: &Record) -> io::Result<()> {
    let len = std::fs::metadata(path).map_or(0, |m| m.len());
    if len >= MAX_LOG_BYTES {
        return Ok(());
    }
    let mut line = serde_json::to_string(record).map_err(io::Error::other)?;
    line.push('\n');
    file.write_all(line.as_bytes())
}

/// What `report` found in a log.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub searches: usize,
    /// Lines that were not a search record (damaged, or another file).
    pub unreadable: usize,
    /// The most frequent searches: (query, times searched), most first.
    pub top: Vec<(String, usize)>,
    /// Searches that found nothing: what the base does not cover.
    pub nothing_found: Vec<(String, usize)>,
}

/// Reads a log: the most frequent searches and those that found nothing, `limit` of each.
pub fn report(path: &Path, limit: usize) -> io::Result<Report> {
    let file = File::open(path)?;
    let reader = BufReader::new(file.take(MAX_READ_BYTES));
    let mut counts: HashMap<String, (usize, bool)> = HashMap::new();
    let mut report = Report::default();
    for line in reader.split(b'\n') {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Record>(&line) {
            Ok(r) => {
                report.searches += 1;
                // Text from the file is cleaned before it can reach a terminal.
                let key = clean(&r.query.to_lowercase())
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                let entry = counts.entry(key).or_insert((0, false));
                entry.0 += 1;
                entry.1 |= r.hits == 0;
            }
            Err(_) => report.unreadable += 1,
        }
    }
    let ranked = |filter: &dyn Fn(bool) -> bool| {
        let mut v: Vec<(String, usize)> = counts
            .iter()
            .filter(|(_, (_, empty))| filter(*empty))
            .map(|(q, (n, _))| (q.clone(), *n))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v.truncate(limit);
        v
    };
    report.top = ranked(&|_| true);
    report.nothing_found = ranked(&|empty| empty);
    Ok(report)
}

/// The report as text for an advisor.
pub fn report_text(r: &Report) -> String {
    let mut out = format!("{} searches", r.searches);
    if r.unreadable > 0 {
        let _ = write!(out, " ({} unreadable lines skipped)", r.unreadable);
    }
    out.push_str("\n\nMost searched:\n");
    for (q, n) in &r.top {
        let _ = writeln!(out, "  {n:>5}  {q}");
    }
    out.push_str("\nFound nothing (what to add to the knowledge base or cover in the talk):\n");
    if r.nothing_found.is_empty() {
        out.push_str("  (none)\n");
    }
    for (q, n) in &r.nothing_found {
        let _ = writeln!(out, "  {n:>5}  {q}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_are_appended_then_counted_and_the_empty_ones_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("searches.log");
        {
            let log = SearchLog::open(&path).expect("opens");
            for (q, n) in [
                ("GPA", 3),
                ("gpa ", 3),
                ("tuition xylophone", 0),
                ("ecmo", 9),
            ] {
                log.record(q, n);
            }
        }
        // The writer thread ends when the log is dropped; wait for its lines.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::fs::read_to_string(&path).map_or(0, |s| s.lines().count()) < 4 {
            assert!(std::time::Instant::now() < deadline, "lines never written");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .and_then(|mut f| f.write_all(b"not json\n"))
            .expect("append");
        let r = report(&path, 10).expect("reads");
        assert_eq!(r.searches, 4);
        assert_eq!(r.unreadable, 1);
        assert_eq!(r.top[0], ("gpa".to_string(), 2));
        assert_eq!(r.nothing_found, [("tuition xylophone".to_string(), 1)]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o077, 0, "readable by its owner only");
        }
    }
}
