// Copyright ©2021 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"sync"

	kzlib "github.com/klauspost/compress/zlib"
)

var xmem = xmempool{
	Pool: sync.Pool{
		New: func() any {
			var m membuffer
			return &m
		},
	},
}

type xmempool struct{ sync.Pool }

// zwPools keep zlib writers, one pool per level: each writer holds
// several hundred KB of tables.
var zwPools [10]sync.Pool

// compressLevel is the zlib level of the streams fpdf compresses, with
// github.com/klauspost/compress's zlib writer (lapkin patch: upstream uses
// the standard library's at BestSpeed). Its level 6 makes a report's page
// content about 15% smaller than the standard BestSpeed for about the same
// CPU time (its writers also reset without clearing their tables); the
// standard library's level 6 is as small but takes twice the time, and
// klauspost's levels 7–9 gain 1–3% more for 1.5–2.5 times the time.
const compressLevel = 6

// Short documents are compressed at compressLevelShort instead (lapkin
// patch 16): a document whose pages hold less than shortDocument bytes of
// content. Level 6 makes them only ~5% smaller (a reference-size report:
// 42.5 KB against 44.9 KB at level 1) but takes more than twice the time
// and twice the table memory, which a fresh process must fault in: on a
// reference-size report, level 1 is ~2.5 ms of CPU and ~250 page faults
// less. For a long report the size wins (the 1,862-page one is 3.62 MB at
// level 6, 4.03 MB at level 1), and there the tables' cost is spread over
// thousands of streams.
const (
	compressLevelShort = 1
	shortDocument      = 1 << 20
)

// compressLevelFor returns the level of a document's streams from the
// bytes of content its pages hold.
func compressLevelFor(pageBytes int) int {
	if pageBytes < shortDocument {
		return compressLevelShort
	}
	return compressLevel
}

// compressStream compresses one of the document's streams at its level (the
// default level until Output sets it).
func (f *Fpdf) compressStream(data []byte) *membuffer {
	if f.zlevel == 0 {
		return xmem.compress(data)
	}
	return xmem.compressAt(data, f.zlevel)
}

// compress compresses data at the default level.
func (pool *xmempool) compress(data []byte) *membuffer {
	return pool.compressAt(data, compressLevel)
}

// compressAt compresses data at level (1–9).
func (pool *xmempool) compressAt(data []byte, level int) *membuffer {
	mem := pool.Get().(*membuffer)
	buf := &mem.buf
	buf.Grow(len(data))

	zw, _ := zwPools[level].Get().(*kzlib.Writer)
	if zw == nil {
		var err error
		zw, err = kzlib.NewWriterLevel(buf, level)
		if err != nil {
			panic(fmt.Errorf("could not create zlib writer: %w", err))
		}
	} else {
		zw.Reset(buf)
	}
	defer zwPools[level].Put(zw)
	_, err := zw.Write(data)
	if err != nil {
		panic(fmt.Errorf("could not zlib-compress slice: %w", err))
	}

	err = zw.Close()
	if err != nil {
		panic(fmt.Errorf("could not close zlib writer: %w", err))
	}
	return mem
}

func (pool *xmempool) uncompress(data []byte) (*membuffer, error) {
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}

	mem := pool.Get().(*membuffer)
	mem.buf.Reset()

	_, err = mem.buf.ReadFrom(zr)
	if err != nil {
		mem.release()
		return nil, err
	}

	return mem, nil
}

type membuffer struct {
	buf bytes.Buffer
}

func (mem *membuffer) bytes() []byte { return mem.buf.Bytes() }
func (mem *membuffer) release() {
	mem.buf.Reset()
	xmem.Put(mem)
}

func (mem *membuffer) copy() []byte {
	src := mem.bytes()
	dst := make([]byte, len(src))
	copy(dst, src)
	return dst
}
