//! Reading a page takes memory and work in proportion to its size, whatever its shape.
//!
//! Each case is a page shape that used to cost memory or copies quadratic in its length (one
//! long glued row, a long `a vs a vs …` heading, a long glued header, a long run of empty
//! lines). An allocator that counts bytes checks the peak and the total allocated while the page
//! is parsed; no case is timed.
//! It is its own test binary (the rest are one, in `tests/it/`): a global allocator counts every
//! allocation of the process, and the other tests' threads would count too. The allocator refuses to go past [`HARD_LIMIT`], so a quadratic
//! reading fails at once (the process aborts) instead of running the machine out of memory.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use careerscope::import::parse_page;
use proptest::prelude::*;

const HARD_LIMIT: usize = 1 << 30;

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static TOTAL: AtomicUsize = AtomicUsize::new(0);
/// One measurement at a time: the counters are global.
static MEASURING: Mutex<()> = Mutex::new(());

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        if now > HARD_LIMIT {
            CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
            return std::ptr::null_mut();
        }
        PEAK.fetch_max(now, Ordering::Relaxed);
        TOTAL.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: the layout is the caller's, passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes allocated while `page` is parsed: (peak above the start, total).
fn cost(page: &str) -> (usize, usize) {
    let _one = MEASURING.lock().unwrap_or_else(|e| e.into_inner());
    let start = CURRENT.load(Ordering::Relaxed);
    PEAK.store(start, Ordering::Relaxed);
    let total_start = TOTAL.load(Ordering::Relaxed);
    let _ = parse_page(page.as_bytes());
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(start);
    (peak, TOTAL.load(Ordering::Relaxed) - total_start)
}

/// The bound every page must keep: a few dozen times its own size (its lines, their cleaned
/// copies, the warnings that quote them; 64 bytes a line for a page of empty lines), plus what
/// a page of any size needs (the narrative's regexes), never its size squared.
fn assert_linear(what: &str, page: &str) {
    let (peak, total) = cost(page);
    let n = page.len();
    assert!(
        peak <= 80 * n + (8 << 20),
        "{what}: {n} bytes of page took a peak of {peak} bytes"
    );
    assert!(
        total <= 250 * n + (16 << 20),
        "{what}: {n} bytes of page allocated {total} bytes in all"
    );
}

fn seed() -> String {
    let path = format!(
        "{}/assets/pages/lead-technician-vs-technical-project-manager.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap_or_default()
}

/// The seed with every line starting with `prefix` replaced by `line`.
fn with_line(prefix: &str, line: &str) -> String {
    seed()
        .split('\n')
        .map(|l| if l.starts_with(prefix) { line } else { l })
        .collect::<Vec<_>>()
        .join("\n")
}

const N: usize = 200_000;

#[test]
fn a_long_glued_text_row() {
    let row = format!("Best paying company{}", "aB".repeat(N / 2));
    assert_linear("text row", &with_line("Best paying company", &row));
}

#[test]
fn a_long_glued_shares_row() {
    let row = format!("Race ratio{}", "A, 1% ".repeat(N / 6));
    assert_linear("shares row", &with_line("Race ratio", &row));
    let row = format!("Race ratio{}", "A, 1%".repeat(N / 5));
    assert_linear("glued shares row", &with_line("Race ratio", &row));
}

#[test]
fn long_glued_numeric_rows() {
    for (label, unit) in [
        ("Job satisfaction", "1"),
        ("Number of jobs", "1,000"),
        ("Yearly salary", "$1,000"),
        ("Growth rate", "1%"),
        ("Salary range", "Between $1 And $2"),
        ("Highest paying City", "A, CA"),
    ] {
        let row = format!("{label}{}", unit.repeat(N / unit.len()));
        assert_linear(label, &with_line(label, &row));
    }
}

#[test]
fn many_long_rows() {
    let rows = format!("Best paying company{}\n", "aB".repeat(400)).repeat(250);
    let page = seed().replacen(
        "Lead TechnicianTechnical Project Manager\n",
        &format!("Lead TechnicianTechnical Project Manager\n{rows}"),
        1,
    );
    assert_linear("many rows", &page);
}

#[test]
fn a_long_vs_heading_and_title() {
    let pair = "a vs ".repeat(10_000);
    let heading = format!("{pair}a salary");
    assert_linear(
        "heading",
        &with_line(
            "Lead technician vs technical project manager salary",
            &heading,
        ),
    );
    assert_linear("title", &format!("{pair}b\n{}", seed()));
}

#[test]
fn a_long_glued_header() {
    let header = "xY".repeat(N / 2);
    assert_linear(
        "header",
        &with_line("Lead TechnicianTechnical Project Manager", &header),
    );
}

#[test]
fn a_long_run_of_empty_lines() {
    assert_linear("empty lines", &format!("Cook vs chef\n{}", "\n".repeat(N)));
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Lead TechnicianTechnical Project Manager\n".to_string()),
        Just("Cook vs chef\n".to_string()),
        Just("a vs ".to_string()),
        Just("aB".to_string()),
        Just("A, 1% ".to_string()),
        Just("1,000".to_string()),
        Just("\n".to_string()),
        Just(" salary\n".to_string()),
        Just("What does a cook do?\n".to_string()),
        Just("• Cook, 10%\n".to_string()),
        "(Yearly salary|Best paying company|Race ratio|Average age|Highest paying state)",
        "[a-zA-Z$,.%0-9 -]{1,8}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Pages built from a few pieces, each repeated many times: long rows, long headings,
    /// long headers and many lines in every mixture.
    #[test]
    fn any_shape_stays_linear(
        parts in proptest::collection::vec((piece(), 1usize..4000), 1..8)
    ) {
        let page: String = parts.iter().map(|(p, n)| p.repeat(*n)).collect();
        assert_linear("random shape", &page);
    }
}
