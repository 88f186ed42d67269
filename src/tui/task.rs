//! Work off the UI thread, in the spirit of gitui's `AsyncSingleJob`: a [`Task`] runs a job on
//! a thread of its own and hands the result to the event loop as a [`Msg`], which wakes it. Each
//! run carries a generation; a result whose run was overtaken by a newer one is dropped, so
//! the app only ever sees the newest. Without a loop to wake (tests, benches), a task runs the
//! job at once and gives its message straight back.

use std::marker::PhantomData;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::msg::Msg;

/// Hands a message to the event loop, waking it.
pub type Wake = Arc<dyn Fn(Msg) + Send + Sync>;

/// One kind of background job whose newest run alone counts.
pub struct Task<T> {
    newest: Arc<AtomicU64>,
    result: PhantomData<fn() -> T>,
}

impl<T> Default for Task<T> {
    fn default() -> Task<T> {
        Task {
            newest: Arc::new(AtomicU64::new(0)),
            result: PhantomData,
        }
    }
}

impl<T: Send + 'static> Task<T> {
    /// Starts a run of `job`; its result arrives as `to_msg(generation, result)`. With `wake`,
    /// the job runs on a thread and the message is sent there (and `None` is returned); without,
    /// it runs here and the message is returned for the caller to apply.
    pub fn run(
        &self,
        wake: Option<&Wake>,
        job: impl FnOnce() -> T + Send + 'static,
        to_msg: impl FnOnce(u64, T) -> Msg + Send + 'static,
    ) -> Option<Msg> {
        let generation = self.newest.fetch_add(1, Ordering::AcqRel) + 1;
        let Some(wake) = wake else {
            return Some(to_msg(generation, job()));
        };
        let (wake, newest) = (wake.clone(), self.newest.clone());
        std::thread::spawn(move || {
            let result = job();
            // A newer run was asked for meanwhile: this result is stale.
            if newest.load(Ordering::Acquire) == generation {
                wake(to_msg(generation, result));
            }
        });
        None
    }

    /// Whether `generation` is the newest run's: a message from an older one is dropped.
    pub fn is_newest(&self, generation: u64) -> bool {
        self.newest.load(Ordering::Acquire) == generation
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn without_a_loop_the_job_runs_at_once() {
        let task: Task<u32> = Task::default();
        let msg = task.run(None, || 7, |g, v| Msg::Status(format!("{g}:{v}")));
        assert_eq!(msg, Some(Msg::Status("1:7".into())));
        assert!(task.is_newest(1));
    }

    #[test]
    fn a_result_overtaken_by_a_newer_run_is_dropped() {
        let (tx, rx) = mpsc::channel();
        let tx = std::sync::Mutex::new(tx);
        let wake: Wake = Arc::new(move |m| {
            let _ = tx.lock().map(|tx| tx.send(m));
        });
        let task: Task<&'static str> = Task::default();
        let (release, gate) = mpsc::channel::<()>();
        // The first run waits until the second has been asked for.
        assert_eq!(
            task.run(
                Some(&wake),
                move || {
                    let _ = gate.recv();
                    "old"
                },
                |g, v| Msg::Status(format!("{g}:{v}"))
            ),
            None
        );
        task.run(
            Some(&wake),
            || "new",
            |g, v| Msg::Status(format!("{g}:{v}")),
        );
        let _ = release.send(());
        let first = rx.recv_timeout(std::time::Duration::from_secs(10));
        assert_eq!(first, Ok(Msg::Status("2:new".into())));
        // The old run finishes too, but says nothing.
        assert!(
            rx.recv_timeout(std::time::Duration::from_millis(300))
                .is_err()
        );
    }
}
