package report

import (
	"time"

	"github.com/eventline/eventline/usecase"
)

// pathDays is k of the event-study chart's day range [-k, +k].
const pathDays = usecase.ReportPathDays

// minBand is the fewest events the CAR chart draws a confidence band for: with two, Student's t
// quantile is 12.7 and the band says nothing but "two events".
const minBand = 3

// data is what the documents show: the report's data as the use case gathered it, and how the
// documents are headed.
type data struct {
	*usecase.ReportData
	Title, Database string
	Generated       time.Time
}
