//! Room on the file system where Postgres keeps its data: checked before a run, and before
//! every bulk insert, so a run stops (and drops its database) well before the disk is full,
//! which would stop every cluster on it.

/// Stop inserting when less than this is free.
const FLOOR: i64 = 1_500_000_000;

#[derive(Clone)]
pub struct Guard {
    directory: String,
}

impl Guard {
    pub fn new(directory: String) -> Self {
        Self { directory }
    }

    /// Free bytes, or `None` when the directory cannot be looked at (another machine).
    pub fn free(&self) -> Option<i64> {
        free_bytes(&self.directory)
    }

    /// Fails when less than 1.5 GB is free.
    pub fn check(&self) -> anyhow::Result<()> {
        if let Some(free) = self.free() {
            anyhow::ensure!(
                free >= FLOOR,
                "stopping: only {:.1} GB left free at {} (fewer --events?)",
                free as f64 / 1e9,
                self.directory
            );
        }
        Ok(())
    }
}

/// Free bytes on the file system of `path`, for an unprivileged user.
fn free_bytes(path: &str) -> Option<i64> {
    let path = std::ffi::CString::new(path).ok()?;
    // SAFETY: statvfs only writes the struct it is given.
    let mut stats: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: a NUL-terminated path and a valid pointer.
    if unsafe { libc::statvfs(path.as_ptr(), &mut stats) } != 0 {
        return None;
    }
    i64::try_from(stats.f_bavail.checked_mul(stats.f_frsize)?).ok()
}
