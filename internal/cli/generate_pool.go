package cli

import (
	"context"
	"iter"
)

// pool runs the per-file pipeline on several workers and hands the
// results back in input order.
//
// A worker takes a slot before it takes a file, and the consumer frees it
// (release) once that file's result is written: at most 2×jobs results
// exist at a time, so memory does not grow with the number of files, even
// when a slow workbook holds back the order. (Workers take files in
// order, so the file whose turn it is always has its slot.)
type pool struct {
	ctx  context.Context
	n    int
	slot chan struct{}
	done chan *fileResult
}

// inFlight is told +1 when a worker starts a file and −1 when that file's
// result has been released; tests count the results in flight.
var inFlight = func(int) {}

// startPool starts min(jobs, len(paths)) workers that call build for each
// path. Cancelling ctx stops them from taking new files.
func startPool(ctx context.Context, paths []string, jobs int, build func(i int, path string) *fileResult) *pool {
	n := len(paths)
	jobs = max(1, min(jobs, n))
	p := &pool{ctx: ctx, n: n, slot: make(chan struct{}, 2*jobs), done: make(chan *fileResult, n)}
	queue := make(chan int, n)
	for i := range paths {
		queue <- i
	}
	close(queue)
	for range jobs {
		go func() {
			for {
				select {
				case p.slot <- struct{}{}:
				case <-ctx.Done():
					return
				}
				i, ok := <-queue
				if !ok {
					return
				}
				if ctx.Err() != nil {
					p.done <- &fileResult{idx: i, path: paths[i], code: ExitUsage, msg: "dibatalkan"}
					continue
				}
				inFlight(1)
				p.done <- build(i, paths[i])
			}
		}()
	}
	return p
}

// inOrder yields the results in input order, calling finished for each
// file as soon as its result arrives (in any order: the progress bar).
// It stops early when the context is cancelled. Each result yielded must
// be released.
func (p *pool) inOrder(finished func(path string)) iter.Seq[*fileResult] {
	return func(yield func(*fileResult) bool) {
		waiting := map[int]*fileResult{}
		for next := 0; next < p.n; {
			select {
			case <-p.ctx.Done():
				return
			case r := <-p.done:
				waiting[r.idx] = r
				finished(r.path)
			}
			for waiting[next] != nil {
				r := waiting[next]
				delete(waiting, next)
				next++
				if !yield(r) {
					return
				}
			}
		}
	}
}

// release frees the result's memory and its worker slot.
func (p *pool) release(r *fileResult) {
	r.pdf = nil
	inFlight(-1)
	<-p.slot
}
