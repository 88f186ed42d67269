//! Job profiles and the dataset that holds them: the `careerscope-model` crate (`model/`),
//! which the builder shares, so the app and the builder have one definition of the profile.

pub use careerscope_model::*;
