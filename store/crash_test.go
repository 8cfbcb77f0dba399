package store

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestKillDuringBuild kills a build with SIGKILL at each stage of writing
// the store, from a separate process, and checks that the store is the
// one from before, whole, and that the next build cleans up after the
// killed one.
func TestKillDuringBuild(t *testing.T) {
	if runtime.GOOS == "windows" || testing.Short() {
		t.Skip("needs SIGKILL and a few processes")
	}
	for _, stage := range []string{"summary", "files", "documents", "graph", "synced"} {
		t.Run(stage, func(t *testing.T) {
			dir := t.TempDir()
			docs := filepath.Join(dir, "docs")
			writeFiles(t, docs, map[string]string{"1.txt": resolution("1"), "2.txt": resolution("2", "60/1")})
			st := filepath.Join(dir, "s.store")
			build(t, st, false, docs)
			before, _ := os.ReadFile(st)
			writeFiles(t, docs, map[string]string{"3.txt": resolution("3", "60/2")})

			cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$")
			cmd.Env = append(os.Environ(), "RECITAL_CRASH_STAGE="+stage, "RECITAL_CRASH_DIR="+dir)
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			ready := filepath.Join(dir, "ready")
			for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(5 * time.Millisecond) {
				if _, err := os.Stat(ready); err == nil {
					break
				}
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatal("the build never reached the stage")
				}
			}
			cmd.Process.Kill() // SIGKILL
			cmd.Wait()

			if after, _ := os.ReadFile(st); !bytes.Equal(before, after) {
				t.Fatal("the killed build changed the store")
			}
			if g, err := Load(st); err != nil || g.Len() == 0 {
				t.Fatalf("the store after the kill: %v", err)
			}
			if n := len(leftovers(t, dir)); n != 1 {
				t.Errorf("%d temporary files after the kill, want the killed build's one", n)
			}
			leftoverMinAge = 0
			defer func() { leftoverMinAge = 10 * time.Second }()
			if res := build(t, st, false, docs); res.Documents != 3 || res.Parsed != 1 {
				t.Errorf("the next build: %+v", res)
			}
			if n := len(leftovers(t, dir)); n != 0 {
				t.Errorf("%d temporary files left after the next build", n)
			}
		})
	}
}

// leftovers lists the temporary files in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestCrashHelper is the build that TestKillDuringBuild kills: it stops
// at the stage named in its environment and waits to be killed.
func TestCrashHelper(t *testing.T) {
	stage, dir := os.Getenv("RECITAL_CRASH_STAGE"), os.Getenv("RECITAL_CRASH_DIR")
	if stage == "" {
		t.Skip("run by TestKillDuringBuild")
	}
	stop := func() {
		os.WriteFile(filepath.Join(dir, "ready"), nil, 0o644)
		time.Sleep(time.Hour) // until killed
	}
	sectionWritten = func(kind uint32) {
		if sectionNames[kind] == stage {
			stop()
		}
	}
	afterSync = func(string) error {
		if stage == "synced" {
			stop()
		}
		return nil
	}
	build(t, filepath.Join(dir, "s.store"), false, filepath.Join(dir, "docs"))
}

// TestReadersDuringBuilds loads the store over and over while it is
// rebuilt from two different sets of files: every load must give one
// graph or the other, whole.
func TestReadersDuringBuilds(t *testing.T) {
	dir := t.TempDir()
	small, large := filepath.Join(dir, "small"), filepath.Join(dir, "large")
	writeFiles(t, small, map[string]string{"1.txt": resolution("1"), "2.txt": resolution("2", "60/1")})
	writeFiles(t, large, map[string]string{"1.txt": resolution("1"), "2.txt": resolution("2", "60/1"), "3.txt": resolution("3", "60/2", "59/1")})
	st := filepath.Join(dir, "s.store")
	want := map[[2]int]bool{}
	for _, d := range []string{large, small} {
		res := build(t, st, true, d)
		want[[2]int{res.Nodes, res.Edges}] = true
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var loads, failures int
	var mu sync.Mutex
	for range 2 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				g, err := Load(st)
				mu.Lock()
				loads++
				if err != nil || !want[[2]int{g.Len(), len(g.Edges())}] {
					failures++
					t.Errorf("a load during a build: %v", err)
				}
				mu.Unlock()
			}
		})
	}
	for i := range 40 {
		build(t, st, true, []string{small, large}[i%2])
	}
	close(stop)
	wg.Wait()
	t.Logf("%d loads during 40 builds, %d failures", loads, failures)
}
