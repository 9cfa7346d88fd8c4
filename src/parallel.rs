//! Two pieces of work at once, for large bases on small machines: one here, one on a
//! helper thread.

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
}
