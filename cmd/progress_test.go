package cmd

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/recital-un/recital/store"
)

func TestProgressLine(t *testing.T) {
	p := &progressBar{width: 60}
	for _, tc := range []struct {
		name    string
		pr      store.Progress
		elapsed time.Duration
		want    string
	}{
		{"start", store.Progress{Files: 10, Bytes: 1e6}, 0,
			" 0/10 files [>                ]   0%    0.0 MB/s ETA --:-- "},
		{"half way", store.Progress{Files: 10, FilesDone: 5, Bytes: 4e6, BytesDone: 2e6}, 2 * time.Second,
			" 5/10 files [=========>        ]  50%    1.0 MB/s ETA 0:02 "},
		{"done", store.Progress{Files: 10, FilesDone: 10, Bytes: 4e6, BytesDone: 4e6}, 4 * time.Second,
			" 10/10 files [=================] 100%    1.0 MB/s ETA 0:00 "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := p.line(tc.pr, tc.elapsed); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestProgressQuietWhenPiped checks that auto mode draws nothing on a
// writer that is not a terminal, and that the bar is throttled.
func TestProgressQuietWhenPiped(t *testing.T) {
	var buf bytes.Buffer
	if bar := newProgressBar(&buf, progressAuto); bar != nil {
		t.Fatal("auto mode made a bar for a buffer")
	}
	var nilBar *progressBar
	nilBar.update(store.Progress{Files: 1})
	nilBar.finish()

	now := time.Unix(0, 0)
	bar := newProgressBar(&buf, progressAlways)
	bar.now = func() time.Time { return now }
	bar.start = now
	for i := range 5 {
		now = now.Add(10 * time.Millisecond)
		bar.update(store.Progress{Files: 10, FilesDone: i})
	}
	bar.update(store.Progress{Files: 10, FilesDone: 10})
	bar.finish()
	if n := strings.Count(buf.String(), "\r"); n != 4 { // the first draw, the last, and two to clear the line
		t.Errorf("%d carriage returns in %q, want 4", n, buf.String())
	}
}
