package xlsx

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"testing/iotest"
)

// TestReadAllSized: whatever size is declared — none, the true one, less,
// more, beyond the limit — readAllSized reads what io.ReadAll of the
// limited reader reads, and on a failing reader the same bytes and error.
func TestReadAllSized(t *testing.T) {
	data := bytes.Repeat([]byte("<row r=\"1\"><c r=\"A1\"/></row>"), 200) // 5,400 bytes
	n := int64(len(data))
	for _, limit := range []int64{n + 1, n, 1000} {
		want, _ := io.ReadAll(io.LimitReader(bytes.NewReader(data), limit))
		for _, size := range []int64{0, n, n - 1, n / 3, n + 1, 10 * n, limit + 5} {
			got, err := readAllSized(iotest.OneByteReader(bytes.NewReader(data)), limit, size)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("limit %d, size %d: %d bytes (%v), want %d", limit, size, len(got), err, len(want))
			}
		}
	}
	boom := errors.New("boom")
	r := io.MultiReader(bytes.NewReader(data[:100]), iotest.ErrReader(boom))
	if got, err := readAllSized(r, n+1, n); err != boom || !bytes.Equal(got, data[:100]) {
		t.Errorf("failing reader: %d bytes, %v; want 100 bytes, boom", len(got), err)
	}
}
