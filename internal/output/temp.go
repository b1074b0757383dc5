package output

import (
	"os"
	"runtime"
	"sync"
)

// temps are the temporary files being written (writeTemp), removed by
// RemoveTemps when the process is interrupted.
var temps sync.Map

func track(name string) { temps.Store(name, struct{}{}) }

// removeTemp removes a temporary file and forgets it.
func removeTemp(name string) {
	os.Remove(name)
	temps.Delete(name)
}

// forget forgets a temporary file that was renamed into place.
func forget(name string) { temps.Delete(name) }

// RemoveTemps removes the temporary files still being written: called
// when SIGINT or SIGTERM ends the process, so that nothing is left beside
// the outputs.
func RemoveTemps() {
	temps.Range(func(k, _ any) bool {
		os.Remove(k.(string))
		temps.Delete(k)
		return true
	})
}

// privateTemp is the process's private temporary folder: its name is
// chosen by UsePrivateTempDir, the folder made by PrepareTempDir.
var privateTemp struct {
	mu      sync.Mutex
	on      bool   // UsePrivateTempDir was called (the program's main)
	dir     string // the folder, once made
	failed  bool   // it could not be made: the system's folder is used
	restore func() // restores the environment
}

// UsePrivateTempDir arranges for the temporary files libraries make
// (excelize writes "excelize-*" there for a large part of a workbook it
// opens) to go into a private folder of the process, so that they can all
// be removed, even when a signal ends the process before the library
// cleans up. The folder is made, and the process's temporary folder
// ($TMPDIR; TMP and TEMP on Windows) pointed at it, by PrepareTempDir,
// which the code that opens a workbook with excelize calls first: most
// runs never open one, and making and removing the folder was ~0.5 ms of
// every run (PERFORMANCE.md). It returns the function that removes the
// folder, if made, and restores the environment. For the program's main
// only: tests run in parallel and must keep their own temporary folder.
func UsePrivateTempDir() (cleanup func()) {
	privateTemp.mu.Lock()
	privateTemp.on = true
	privateTemp.mu.Unlock()
	return func() {
		privateTemp.mu.Lock()
		defer privateTemp.mu.Unlock()
		if privateTemp.dir != "" {
			os.RemoveAll(privateTemp.dir)
			privateTemp.restore()
		}
		privateTemp.on, privateTemp.dir, privateTemp.failed, privateTemp.restore = false, "", false, nil
	}
}

// PrepareTempDir makes the private temporary folder of UsePrivateTempDir,
// once, and points the process's temporary folder at it. Without
// UsePrivateTempDir (tests, lapkin as a library) it does nothing.
func PrepareTempDir() {
	privateTemp.mu.Lock()
	defer privateTemp.mu.Unlock()
	if !privateTemp.on || privateTemp.dir != "" || privateTemp.failed {
		return
	}
	dir, err := os.MkdirTemp("", "lapkin-")
	if err != nil {
		privateTemp.failed = true // the system's temporary folder is used as is
		return
	}
	vars := []string{"TMPDIR"}
	if runtime.GOOS == "windows" {
		vars = []string{"TMP", "TEMP"}
	}
	old := map[string]*string{}
	for _, v := range vars {
		if s, ok := os.LookupEnv(v); ok {
			old[v] = &s
		} else {
			old[v] = nil
		}
		os.Setenv(v, dir)
	}
	privateTemp.dir = dir
	privateTemp.restore = func() {
		for v, s := range old {
			if s == nil {
				os.Unsetenv(v)
			} else {
				os.Setenv(v, *s)
			}
		}
	}
}
