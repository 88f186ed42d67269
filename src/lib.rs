//! careerscope: compare careers side by side, from career-comparison pages.

pub mod area;
pub mod catalog;
pub mod compare;
pub mod dataset;
pub mod format;
pub mod import;
pub mod library;
pub mod model;
pub mod moves;
pub mod rank;
pub mod report;
pub mod search;
pub mod similar;
pub mod text;
pub mod tui;
