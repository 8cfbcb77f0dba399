package cmd

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/recital-un/recital/store"
)

// progressMode says when the build shows a progress bar.
type progressMode string

const (
	progressAuto   progressMode = "auto"   // when stderr is a terminal
	progressAlways progressMode = "always" // even when piped
	progressNever  progressMode = "never"
)

// String implements pflag.Value.
func (m *progressMode) String() string { return string(*m) }

// Set implements pflag.Value.
func (m *progressMode) Set(s string) error {
	switch progressMode(s) {
	case progressAuto, progressAlways, progressNever:
		*m = progressMode(s)
		return nil
	}
	return fmt.Errorf("want auto, always or never")
}

// Type implements pflag.Value.
func (m *progressMode) Type() string { return "when" }

// progressBar draws one line on stderr, redrawn in place: files done,
// a bar, MB/s and the time left. A nil bar draws nothing.
type progressBar struct {
	w     io.Writer
	start time.Time
	last  time.Time
	drawn bool
	now   func() time.Time
	width int
}

// progressInterval is how often the bar is redrawn at most.
const progressInterval = 100 * time.Millisecond

// newProgressBar returns a bar drawing on w, or nil when the mode says no
// or, in auto mode, when w is not a terminal: piped output stays quiet.
func newProgressBar(w io.Writer, mode progressMode) *progressBar {
	width := 80
	switch mode {
	case progressNever:
		return nil
	case progressAuto:
		f, ok := w.(*os.File)
		if !ok || !term.IsTerminal(int(f.Fd())) {
			return nil
		}
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 40 {
			width = cols
		}
	}
	return &progressBar{w: w, start: time.Now(), now: time.Now, width: width}
}

// update redraws the bar, at most every progressInterval and at the end.
func (p *progressBar) update(pr store.Progress) {
	if p == nil {
		return
	}
	now := p.now()
	if pr.FilesDone < pr.Files && now.Sub(p.last) < progressInterval {
		return
	}
	p.last = now
	fmt.Fprint(p.w, "\r"+p.line(pr, now.Sub(p.start)))
	p.drawn = true
}

// line renders the bar for the progress made in elapsed time.
func (p *progressBar) line(pr store.Progress, elapsed time.Duration) string {
	frac := 1.0
	if pr.Bytes > 0 {
		frac = float64(pr.BytesDone) / float64(pr.Bytes)
	} else if pr.Files > 0 {
		frac = float64(pr.FilesDone) / float64(pr.Files)
	}
	rate := float64(pr.BytesDone) / 1e6 / max(elapsed.Seconds(), 1e-3)
	eta := "--:--"
	if frac > 0 && pr.FilesDone > 0 {
		left := time.Duration(float64(elapsed) * (1 - frac) / frac)
		eta = fmt.Sprintf("%d:%02d", int(left.Minutes()), int(left.Seconds())%60)
	}
	counts := fmt.Sprintf(" %d/%d files", pr.FilesDone, pr.Files)
	tail := fmt.Sprintf(" %3.0f%% %6.1f MB/s ETA %s ", frac*100, rate, eta)
	n := max(p.width-len(counts)-len(tail)-4, 10)
	full := min(int(frac*float64(n)), n)
	bar := strings.Repeat("=", full)
	if full < n {
		bar += ">" + strings.Repeat(" ", n-full-1)
	}
	return counts + " [" + bar + "]" + tail
}

// finish clears the bar's line.
func (p *progressBar) finish() {
	if p == nil || !p.drawn {
		return
	}
	fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.width-1)+"\r")
}
