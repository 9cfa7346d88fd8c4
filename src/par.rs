//! Two pieces of work at once, for large bases on small machines: one here, one on a
//! helper thread.

/// Runs `here` on this thread and `helper` on a helper thread when `parallel` (else both
/// here, one after the other). A panic on the helper thread is not passed on as such:
/// `helper` runs again here, since all the work handed to it is pure.
pub fn join<A, B: Send>(
    parallel: bool,
    here: impl FnOnce() -> A,
    helper: impl Fn() -> B + Sync,
) -> (A, B) {
    if !parallel {
        return (here(), helper());
    }
    std::thread::scope(|s| {
        let other = s.spawn(&helper);
        let first = here();
        let second = other.join().unwrap_or_else(|_| helper());
        (first, second)
    })
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
}
