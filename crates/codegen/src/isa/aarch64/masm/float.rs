//! AArch64 floating-point lowerings: arithmetic, comparisons and conversions.
