package textfit

import (
	"reflect"
	"strings"
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

// oneLineEveryTime is OneLine without the check that spares the copy.
func oneLineEveryTime(s string) string {
	return strings.Join(strings.FieldsFunc(s, breaks), " ")
}

var oneLineSeeds = []string{
	"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\x00b", "a\x7fb",
	"Déclaration universelle des droits de l’homme",
	"no\u00a0break", "line\u2028separator", "next\u0085line", "invalid \xff byte", "\xff",
}

func TestOneLineSparesOnlyWhatIsOneLine(t *testing.T) {
	for _, s := range oneLineSeeds {
		if got, want := OneLine(s), oneLineEveryTime(s); got != want {
			t.Errorf("OneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzOneLine(f *testing.F) {
	for _, s := range oneLineSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := OneLine(s), oneLineEveryTime(s); got != want {
			t.Errorf("OneLine(%q) = %q, want %q", s, got, want)
		}
	})
}
