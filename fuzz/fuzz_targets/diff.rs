//! A module generated from the input runs the same in brisk and wasmi.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| brisk_fuzz::check_generated(data));
