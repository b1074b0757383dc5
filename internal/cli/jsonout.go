package cli

import (
	"bytes"
	"encoding/json"
	"io"
)

// jsonVersi is the version of lapkin's JSON format, carried as "versi" by
// every JSON object lapkin prints (docs/json.md): the format's, not the
// program's.
const jsonVersi = "1.1"

// writeJSONLine writes v as one line of JSON, without escaping <, > and &
// (the text is for scripts, not for HTML).
func writeJSONLine(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// writeJSONIndented writes v, a value that marshals to an object, indented
// by two spaces, with "versi" as its first key.
func writeJSONIndented(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = withVersi(b)
	var buf bytes.Buffer
	if err := json.Indent(&buf, b, "", "  "); err != nil {
		return err
	}
	buf.WriteByte('\n')
	_, err = w.Write(buf.Bytes())
	return err
}

// withVersi puts "versi" first into a marshalled JSON object.
func withVersi(obj []byte) []byte {
	obj = bytes.TrimSpace(obj)
	if len(obj) < 2 || obj[0] != '{' {
		return obj
	}
	head := `{"versi":"` + jsonVersi + `"`
	if bytes.Equal(obj, []byte("{}")) {
		return []byte(head + "}")
	}
	return append([]byte(head+","), obj[1:]...)
}

// writeRawLine writes b and a newline.
func writeRawLine(w io.Writer, b []byte) error {
	_, err := w.Write(append(b, '\n'))
	return err
}
