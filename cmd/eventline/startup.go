package main

import (
	"runtime/debug"
	"sync"
)

// startUp pauses the garbage collector while a command that extracts builds what it reads
// with: the company directory's recognizer, some 20 MB that all stays live, made in the first
// tenth of a second. Collections then find nothing to free; each one marks everything made so
// far, three times over as the heap doubles from 4 MB. With the collector paused they are one,
// after the build (start-up of `eventline extract` about 15% less CPU). The pause ends when the
// last caller resumes: tests run commands side by side in one process, and the collector's
// setting is the process's.
var startUp struct {
	sync.Mutex
	paused  int
	percent int // the setting before the first pause (GOGC)
}

// pauseCollector pauses the garbage collector until the function it returns is called (once).
func pauseCollector() (resume func()) {
	startUp.Lock()
	if startUp.paused++; startUp.paused == 1 {
		startUp.percent = debug.SetGCPercent(-1)
	}
	startUp.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			startUp.Lock()
			if startUp.paused--; startUp.paused == 0 {
				debug.SetGCPercent(startUp.percent)
			}
			startUp.Unlock()
		})
	}
}
