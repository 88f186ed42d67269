//! One integration-test binary (one link instead of sixteen); each module was a test file.

mod areas;
mod cli;
mod common;
mod docs;
mod e2e_tmux;
mod escaping;
mod golden;
mod honest;
mod hostile;
mod import_cases;
mod import_never_panics;
mod import_review;
mod output_errors;
mod real_occupations;
mod search_quality;
mod similar;
mod tui_app;
mod tui_background;
mod tui_columns;
mod tui_loading;
mod tui_render;
mod tui_snapshots;
mod tui_start;
