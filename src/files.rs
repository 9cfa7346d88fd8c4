//! Opening a file that must be a regular file, in one step that never blocks: the check is
//! made on what was opened, so nothing can swap a FIFO or a device in between (a FIFO at a
//! data or cache path once hung the program forever). And replacing a file whole, so a
//! reader sees the old or the new one, never half of one.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Opens `path` for reading without blocking (a FIFO with no writer would block a plain
/// open), then refuses anything that is not a regular file.
pub fn open_regular(path: &Path) -> io::Result<File> {
    let nonblock = i32::try_from(rustix::fs::OFlags::NONBLOCK.bits()).unwrap_or(0);
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(nonblock)
        .open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a directory",
        ));
    }
    if !meta.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "is not a regular file (a device, FIFO or socket)",
        ));
    }
    Ok(file)
}

/// Writes `parts` to `path` by writing beside it, then renaming over it: another process
/// may be reading the old file, and a crash or SIGKILL midway leaves the old one. The
/// directory is private (0700) and the file is created exclusively, with a random name
/// (starting `prefix`) and mode 0600, so a planted symlink is never followed. `durable`
/// also syncs the file before the rename and the directory after it, so a power cut
/// cannot leave an empty file where a saved one was.
pub fn write_atomically(
    path: &Path,
    prefix: &str,
    parts: &[Vec<u8>],
    durable: bool,
) -> io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    let dir = path.parent().ok_or(io::ErrorKind::NotFound)?;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    // A directory made by an older build (0755) is made private too.
    if fs::metadata(dir)?.permissions().mode() & 0o077 != 0 {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(prefix)
        .suffix(".tmp")
        .tempfile_in(dir)?;
    parts.iter().try_for_each(|p| tmp.write_all(p))?;
    tmp.flush()?;
    if durable {
        tmp.as_file().sync_all()?;
    }
    // On failure the temporary file is removed when dropped.
    tmp.persist(path).map_err(|e| e.error)?;
    if durable {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_refused_at_once_and_a_file_opens() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let err = open_regular(&fifo).err().map(|e| e.kind());
            assert_eq!(err, Some(io::ErrorKind::InvalidInput));
        }
        let file = dir.path().join("f.json");
        std::fs::write(&file, "{}").unwrap_or_else(|e| panic!("{e}"));
        assert!(open_regular(&file).is_ok());
        assert_eq!(
            open_regular(dir.path()).err().map(|e| e.kind()),
            Some(io::ErrorKind::IsADirectory)
        );
    }
}
