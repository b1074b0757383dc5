package xlsx

import (
	"math"
	"strings"
	"time"
)

// SerialToDate converts an Excel serial date to a date (the time of day
// is dropped). 1900 system: serial 1 is 1 January 1900 and Excel's
// phantom 29 February 1900 (serial 60) is not a date; 1904 system: serial
// 0 is 1 January 1904.
func SerialToDate(v float64, date1904 bool) (time.Time, bool) {
	if v < 0 || v >= 2958466 || math.IsNaN(v) {
		return time.Time{}, false
	}
	d := int(math.Floor(v + 1e-9))
	if date1904 {
		return time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d), true
	}
	switch {
	case d == 0 || d == 60:
		return time.Time{}, false
	case d < 60:
		return time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d), true
	}
	return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d), true
}

// DateToSerial is the inverse of SerialToDate (1900 system).
func DateToSerial(t time.Time) float64 {
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if t.Before(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)) {
		base = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return float64(t.Sub(base).Hours() / 24)
}

// ISODate reads the date of a 'd' cell ("2023-06-30T00:00:00").
func ISODate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if len(v) >= 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
