//! Opening a file that must be a regular file, in one step that never blocks: the check is
//! made on what was opened, so nothing can swap a FIFO or a device in between (a FIFO at a
//! data or cache path once hung the program forever).

use std::fs::{File, OpenOptions};
use std::io;
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
