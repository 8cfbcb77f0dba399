package cmd

import (
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestServeRefusesRemoteAddr(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"all interfaces", []string{"serve", "--addr", "0.0.0.0:7337"}, "--addr 0.0.0.0:7337 is not a loopback address"},
		{"empty host", []string{"serve", "--addr", ":7337"}, "is not a loopback address"},
		{"no port", []string{"serve", "--addr", "localhost"}, "--addr: address localhost: missing port"},
		{"not a reference", []string{"serve", "hello"}, `"hello" is not a resolution number`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ios, _, _, errOut := Test()
			if code := Run(ios, tc.args); code != ExitUsage {
				t.Errorf("exit %d, want %d", code, ExitUsage)
			}
			if !strings.Contains(errOut.String(), tc.want) {
				t.Errorf("stderr %q, want it to hold %q", errOut, tc.want)
			}
		})
	}
}

// startServe runs serve with opts in the background and returns its
// address and a function that stops it and returns its error.
func startServe(t *testing.T, opts *serveOptions) (string, func() error) {
	t.Helper()
	ready := make(chan string, 1)
	stop := make(chan struct{})
	opts.ready, opts.stop = ready, stop
	errc := make(chan error, 1)
	go func() { errc <- runServe(opts) }()
	select {
	case url := <-ready:
		return url, func() error { close(stop); return <-errc }
	case err := <-errc:
		t.Fatalf("serve: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	return "", nil
}

func TestServeStartPage(t *testing.T) {
	ios, _, _, errOut := Test()
	if code := Run(ios, []string{"serve", "61/999", "--addr", "127.0.0.1:0"}); code != ExitNoResult {
		t.Errorf("serve 61/999: exit %d, want %d: %s", code, ExitNoResult, errOut)
	}
	g, name, err := (&source{}).load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ ref, want string }{
		{"", "#/doc?id=A%2FRES%2F60%2F45"},
		{"1514 (XV)", "#/doc?id=A%2FRES%2F1514%28XV%29"},
	} {
		if got, err := startPage(g, name, tc.ref); err != nil || got != tc.want {
			t.Errorf("startPage(%q) = %q, %v; want %q", tc.ref, got, err, tc.want)
		}
	}
}

func TestServeAnswers(t *testing.T) {
	ios, _, _, errOut := Test()
	opts := &serveOptions{IO: ios, Addr: "127.0.0.1:0", Source: source{Store: storeFixture(t)}}
	url, stop := startServe(t, opts)
	resp, err := http.Get(url + "api/doc?id=62/10")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var doc struct{ ID, Title string }
	if err := json.Unmarshal(body, &doc); err != nil || doc.ID != "A/RES/62/10" {
		t.Errorf("GET api/doc: %d %s", resp.StatusCode, body)
	}
	// A request naming another host (DNS rebinding) is refused.
	req, _ := http.NewRequest("GET", url+"api/info", nil)
	req.Host = "attacker.example"
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host: %v %v", resp, err)
	}
	if err := stop(); err != nil {
		t.Errorf("stopping: %v", err)
	}
	if !strings.Contains(errOut.String(), "recital: serving "+opts.Source.Store) || !strings.Contains(errOut.String(), "recital: stopped") {
		t.Errorf("stderr: %s", errOut)
	}
}

func TestServeRemoteWarns(t *testing.T) {
	ios, _, _, errOut := Test()
	opts := &serveOptions{IO: ios, Addr: "0.0.0.0:0", AllowRemote: true, Source: source{Store: storeFixture(t)}}
	if err := checkServe(opts); err != nil {
		t.Fatal(err)
	}
	_, stop := startServe(t, opts)
	if err := stop(); err != nil {
		t.Error(err)
	}
	if !strings.Contains(errOut.String(), "warning: listening on") {
		t.Errorf("no warning: %s", errOut)
	}
}

// storeFixture builds a store from testdata/docs and returns its path.
func storeFixture(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "un.store")
	ios, _, _, errOut := Test()
	if code := Run(ios, []string{"build", "testdata/docs", "--store", path}); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errOut)
	}
	return path
}
