//! Files in and out: importing partners' lists, exporting ours.

pub mod cells;
pub mod countries;
pub mod export;
pub mod ics;
pub mod import;
pub mod mapping;
pub mod matching;
pub mod table;
