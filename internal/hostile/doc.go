// Package hostile holds the regression corpus of hostile and broken
// workbooks (its tests only): generators for each kind of malicious or
// damaged input lapkin must survive, each run through the built lapkin binary with bounds on
// peak memory and time, the exit code and the finding asserted.
package hostile
