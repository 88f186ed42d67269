//! Where the picker's matches come from. A small dataset is matched right in `App::update`,
//! well inside a frame. A large one is matched on a worker thread, so keys and redraws keep
//! flowing while a match runs: each query carries a generation number, a newer query cancels
//! the one running, and results for anything but the newest query are dropped on arrival.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, mpsc};

use crate::catalog::Names;
use crate::search::{Hit, Index, Session};

/// From this many jobs on, matching moves off the drawing thread.
pub const BACKGROUND_FROM: usize = 5_000;

/// Hands a finished match back to the event loop: (generation, matches).
pub type Deliver = Box<dyn Fn(u64, Arc<Vec<Hit>>) + Send>;

/// Where query matching runs: inline for small catalogs, on a worker thread for large ones.
pub enum Matching {
    /// The index is built at the first query, not before the first frame.
    Inline {
        index: Option<Box<Index>>,
        session: Session,
    },
    Background {
        requests: mpsc::Sender<(u64, String)>,
        newest: Arc<AtomicU64>,
    },
}

impl Matching {
    /// Matching on the calling thread.
    pub fn inline() -> Matching {
        Matching::Inline {
            index: None,
            session: Session::default(),
        }
    }

    /// Starts the worker. The index is built there too, so the first frame need not wait for
    /// 100,000 names to be lower-cased.
    pub fn background(names: Names, deliver: Deliver) -> Matching {
        let (requests, inbox) = mpsc::channel::<(u64, String)>();
        let newest = Arc::new(AtomicU64::new(0));
        let latest = newest.clone();
        std::thread::spawn(move || {
            let index = Index::of_names(&names);
            drop(names);
            // Ready before the first short query, which matches nearly every name.
            index.tie_order();
            let mut session = Session::default();
            while let Ok(mut request) = inbox.recv() {
                // Only the newest waiting query matters.
                while let Ok(newer) = inbox.try_recv() {
                    request = newer;
                }
                let (generation, query) = request;
                let superseded = || latest.load(Ordering::Acquire) != generation;
                if let Some(hits) = session.run_until(&index, &query, &superseded) {
                    deliver(generation, hits);
                }
            }
        });
        Matching::Background { requests, newest }
    }

    /// Asks for the matches of `query`. Inline, they come back at once; in the background
    /// they arrive later as a `Msg::Matches` with this generation.
    pub fn request(
        &mut self,
        names: &Names,
        generation: u64,
        query: &str,
    ) -> Option<Arc<Vec<Hit>>> {
        match self {
            Matching::Inline { index, session } => {
                let index = index.get_or_insert_with(|| Box::new(Index::of_names(names)));
                Some(session.run(index, query))
            }
            Matching::Background { requests, newest } => {
                newest.store(generation, Ordering::Release);
                // A closed worker means no more matches; the list keeps its last results.
                let _ = requests.send((generation, query.to_string()));
                None
            }
        }
    }
}
