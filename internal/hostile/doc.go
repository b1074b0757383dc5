// Package hostile holds the regression corpus of hostile and broken
// workbooks (its tests only): generators for every attack shape of the
// hardening issue, each run through the built lapkin binary with bounds on
// peak memory and time, the exit code and the finding asserted.
package hostile
