package textfit

import (
	"reflect"
	"testing"
)

func TestShorten(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"two\n  lines\tand\x00control", 40, "two lines and control"},
		{"Developments in the field of information and telecommunications", 30, "Developments in the field of…"},
		{"abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…"},
	} {
		if got := Shorten(tc.in, tc.max); got != tc.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
		}
	}
}

func TestWrap(t *testing.T) {
	got := Wrap("Developments in the field of information", 14)
	want := []string{"Developments", "in the field", "of information"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Wrap = %q, want %q", got, want)
	}
	if Wrap("", 10) != nil {
		t.Error("Wrap of nothing should be nil")
	}
}
