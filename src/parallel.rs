//! Two pieces of work at once, for large bases on small machines: one here, one on a
//! helper thread; and freeing a large value where nothing waits for it.

/// Runs `here` on this thread and `helper` on a helper thread when `parallel` (else both
/// here, one after the other). A panic on either side is passed on, as if both had run
/// here: it is a bug to be seen once, not retried. When no thread can be made (a process
/// limit), `helper` runs here.
pub fn join<A, B: Send>(
    parallel: bool,
    here: impl FnOnce() -> A,
    helper: impl FnOnce() -> B + Send,
) -> (A, B) {
    if !parallel {
        return (here(), helper());
    }
    // The closure is taken by the thread only if one is made; otherwise it is still here.
    let helper = std::sync::Mutex::new(Some(helper));
    let (first, second) = std::thread::scope(|s| {
        let spawned = std::thread::Builder::new().spawn_scoped(s, || {
            let f = helper.lock().ok().and_then(|mut h| h.take());
            f.map(|f| f())
        });
        let first = here();
        let second = match spawned {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => None,
        };
        (first, second)
    });
    let second = match second {
        Some(b) => b,
        None => match helper.into_inner().ok().flatten() {
            Some(f) => f(),
            None => unreachable!("the helper either ran on its thread or is still here"),
        },
    };
    (first, second)
}

/// Frees `big` on a helper thread when `large` (freeing a parsed 40 MB file takes as long
/// as reading it, and no answer depends on it); here when small or when no thread can be
/// made. A process that exits first gives the memory back all the same.
pub fn drop_later<T: Send + 'static>(large: bool, big: T) {
    if !large {
        return drop(big);
    }
    // A thread that cannot be made drops its closure, and `big` with it, here.
    let _ = std::thread::Builder::new().spawn(move || drop(big));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_results_come_back_in_order_either_way() {
        for parallel in [false, true] {
            assert_eq!(join(parallel, || 1, || "two"), (1, "two"));
        }
    }

    #[test]
    fn a_panic_on_the_helper_is_passed_on_not_retried() {
        let runs = std::sync::atomic::AtomicUsize::new(0);
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            join(
                true,
                || 1,
                || {
                    runs.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    panic!("helper failed")
                },
            )
        }));
        assert!(caught.is_err(), "the panic reaches the caller");
        assert_eq!(
            runs.load(std::sync::atomic::Ordering::SeqCst),
            1,
            "run once"
        );
    }

    /// Says on a channel which thread dropped it.
    struct Tell(std::sync::mpsc::Sender<std::thread::ThreadId>);
    impl Drop for Tell {
        fn drop(&mut self) {
            let _ = self.0.send(std::thread::current().id());
        }
    }

    #[test]
    fn a_large_value_is_freed_on_another_thread_and_a_small_one_here() {
        let here = std::thread::current().id();
        for (large, elsewhere) in [(true, true), (false, false)] {
            let (tx, rx) = std::sync::mpsc::channel();
            drop_later(large, Tell(tx));
            let by = rx
                .recv_timeout(std::time::Duration::from_secs(10))
                .expect("the value is dropped");
            assert_eq!(by != here, elsewhere, "large: {large}");
        }
    }
}
