package fpdf

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// utf8Subset is a UTF-8 font's subset for one document, compressed, ready
// for putfonts to write.
type utf8Subset struct {
	size     int        // length of the uncompressed subset font file
	font     *membuffer // the subset font file, compressed
	cidToGid *membuffer // its CIDToGIDMap, compressed
	lastRune int        // the highest rune asked for
}

// utf8Subsets makes the subsets of the UTF-8 fonts among keys at the same
// time (lapkin patch). Each font is independent — its own utf8FontFile,
// its own used runes — and cutting the TrueType file and compressing it and
// its CIDToGIDMap is most of what Output costs for a short document with
// three styles. A panic in one is raised again here, as it was before.
func (f *Fpdf) utf8Subsets(keys []string) map[string]*utf8Subset {
	return f.startSubsets(keys)()
}

// startUTF8Subsets starts making the subsets of every UTF-8 font of the
// document; the function it returns waits for them. Output starts them
// before it compresses the pages, so that the two overlap.
func (f *Fpdf) startUTF8Subsets() func() map[string]*utf8Subset {
	if f.err != nil {
		return nil
	}
	keys := make([]string, 0, len(f.fonts))
	for key := range f.fonts {
		keys = append(keys, key)
	}
	return f.startSubsets(keys)
}

func (f *Fpdf) startSubsets(keys []string) func() map[string]*utf8Subset {
	out := make(map[string]*utf8Subset)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var panicked any
	for _, key := range keys {
		font := f.fonts[key]
		if font.Tp != "UTF8" || (font.prepared != nil && !f.fontsOnPage[font.i]) {
			continue
		}
		sub := &utf8Subset{}
		out[key] = sub
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					mu.Lock()
					if panicked == nil {
						panicked = r
					}
					mu.Unlock()
				}
			}()
			usedRunes := font.usedRunes
			delete(usedRunes, 0)
			var stream []byte
			var dict map[int]int
			if font.prepared != nil {
				cut := cutPrepared(font.prepared, runeValues(usedRunes), true)
				sub.size = len(cut.font)
				sub.font = f.compressStream(cut.font)
				// The map up to the last rune asked for: every code of
				// the document's text (the upstream map has all 65,536).
				cidToGidMap := make([]byte, 2*(cut.lastRune+1))
				for cc, glyph := range cut.code {
					if cc <= cut.lastRune {
						cidToGidMap[cc*2] = byte(glyph >> 8)
						cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
					}
				}
				sub.cidToGid = f.compressStream(cidToGidMap)
				sub.lastRune = cut.lastRune
				return
			} else {
				stream = font.utf8File.GenerateCutFont(usedRunes)
				dict, sub.lastRune = font.utf8File.CodeSymbolDictionary, font.utf8File.LastRune
			}
			sub.size = len(stream)
			delete(dict, 0)
			cidToGidMap := make([]byte, 256*256*2)
			for cc, glyph := range dict {
				cidToGidMap[cc*2] = byte(glyph >> 8)
				cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
			}
			sub.cidToGid = f.compressStream(cidToGidMap)
			sub.font = f.compressStream(stream)
		}()
	}
	return func() map[string]*utf8Subset {
		wg.Wait()
		if panicked != nil {
			panic(panicked)
		}
		return out
	}
}

// compressPages compresses the content of pages 1…nb, a few at a time
// (lapkin patch; upstream compressed each as it wrote it). The result is
// indexed by page number.
func (f *Fpdf) compressPages(nb int) []*membuffer {
	out := make([]*membuffer, nb+1)
	workers := min(runtime.GOMAXPROCS(0), nb, 4)
	if workers <= 1 {
		for n := 1; n <= nb; n++ {
			out[n] = f.compressStream(f.pages[n].Bytes())
		}
		return out
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	var mu sync.Mutex
	var panicked any
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					mu.Lock()
					if panicked == nil {
						panicked = r
					}
					mu.Unlock()
				}
			}()
			for {
				n := int(next.Add(1))
				if n > nb {
					return
				}
				out[n] = f.compressStream(f.pages[n].Bytes())
			}
		}()
	}
	wg.Wait()
	if panicked != nil {
		panic(panicked)
	}
	return out
}
