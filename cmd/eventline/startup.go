package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// startUp pauses the garbage collector while a command that extracts builds what it reads
// with: the company directory's recognizer, some 20 MB that all stays live, made in the first
// tenth of a second. Collections then find nothing to free; each one marks everything made so
// far, three times over as the heap doubles from 4 MB. With the collector paused they are one,
// after the build (start-up of `eventline extract` about 15% less CPU). The pause ends when the
// last caller resumes: tests run commands side by side in one process, and the collector's
// setting is the process's. A batch command then reads articles at batchPercent (xspeed17.go)
// until it ends.
var startUp struct {
	sync.Mutex
	paused  int
	batches int // batch commands running (batchCollector)
	percent int // the setting before the first pause or batch (GOGC)
}

// pauseCollector pauses the garbage collector until the function it returns is called (once).
func pauseCollector() (resume func()) { return holdCollector(&startUp.paused) }

// batchCollector sets the collector to batchPercent until the function it returns is called
// (once), unless GOGC says otherwise; a pause overrides it.
func batchCollector() (done func()) { return holdCollector(&startUp.batches) }

// holdCollector counts one more holder in n until the function it returns is called (once), and
// sets the collector for the holders there are.
func holdCollector(n *int) func() {
	startUp.Lock()
	if startUp.paused+startUp.batches == 0 {
		startUp.percent = debug.SetGCPercent(-1)
		debug.SetGCPercent(startUp.percent)
	}
	*n++
	setCollector()
	startUp.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			startUp.Lock()
			*n--
			setCollector()
			startUp.Unlock()
		})
	}
}

// setCollector sets the collector for the holders there are: off while a pause lasts, else
// batchPercent while a batch command runs and GOGC is not set, else as it was.
func setCollector() {
	switch {
	case startUp.paused > 0:
		debug.SetGCPercent(-1)
	case startUp.batches > 0 && os.Getenv("GOGC") == "":
		debug.SetGCPercent(batchPercent)
	default:
		debug.SetGCPercent(startUp.percent)
	}
}
