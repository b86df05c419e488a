//! SKP Mandiri: a local-first planner and self-assessment tool for the SKP of Indonesian
//! civil servants (PP 30/2019, PermenPANRB 6/2022).

pub mod domain;
