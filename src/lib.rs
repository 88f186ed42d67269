//! careerscope: compare careers side by side, from career-comparison pages.

pub mod import;
pub mod model;
