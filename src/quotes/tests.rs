//! Tests of the whole quote finder: pattern tables, the seed article, scoring, no panics.
use super::*;
