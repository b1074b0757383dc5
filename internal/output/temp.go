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

// UsePrivateTempDir makes a new folder in the system's temporary folder
// and points the process's temporary folder ($TMPDIR; TMP and TEMP on
// Windows) at it, so that the temporary files libraries make (excelize
// writes "excelize-*" there for a large part of a workbook) can all be
// removed, even when a signal ends the process before the library cleans
// up. It returns the function that removes the folder and restores the
// environment. For the program's main only: tests run in parallel and
// must keep their own temporary folder.
func UsePrivateTempDir() (cleanup func()) {
	dir, err := os.MkdirTemp("", "lapkin-")
	if err != nil {
		return func() {} // the system's temporary folder is used as is
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
	return func() {
		os.RemoveAll(dir)
		for v, s := range old {
			if s == nil {
				os.Unsetenv(v)
			} else {
				os.Setenv(v, *s)
			}
		}
	}
}
