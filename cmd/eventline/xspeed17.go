package main

// batchPercent is the garbage collector's setting (GOGC) while `extract` and `ingest articles`
// read articles, where GOGC is not set. What stays live is the company directory's recognizer,
// some 19 MB built at start-up; an article leaves a few tens of KB of garbage. At the default
// 100 a collection came every 19 MB allocated (some 550 articles) and marked the whole directory
// again to free it, about 5% of a one-core run (pprof: gcBgMarkWorker, gcAssistAlloc, sweeping).
// At 200 there are half as many; the heap's goal is three times the live heap, not twice, and
// stays flat in the number of articles (peak RSS about 100 MiB for 2,500 to 10,000 articles
// against 80 MiB).
const batchPercent = 200
