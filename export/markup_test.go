package export

import (
	"strings"
	"testing"
)

// stripMarkupEveryPattern is StripMarkup running every pattern whatever
// the text holds: the guards must not change a result.
func stripMarkupEveryPattern(s string) string {
	s = markup().supTag.ReplaceAllString(s, "")
	s = markup().texMarker.ReplaceAllString(s, "")
	s = markup().mdFootnote.ReplaceAllString(s, "")
	s = markup().htmlTag.ReplaceAllString(s, "")
	s = markup().emphasis.ReplaceAllString(s, "$2")
	s = superscripts.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

var markupSeeds = []string{
	"",
	" ",
	"Recalling its resolutions 53/70 of 4 December 1998",
	"Recalling  its resolutions",
	" leading space",
	"trailing space ",
	"tab\there",
	"no\u00a0break space",
	"em\u2003space and ideographic\u3000space",
	"Taking note of the reports of the Secretary-General,³",
	"the Declaration,<sup>4</sup> and **Reaffirming** it",
	"$^{12}$ and $^3$ and [^a] and <i>x</i>",
	"snake_case and _emphasis_ and __bold__",
	"l’Assemblée générale – résolution 60/45",
	"invalid \xff byte",
	"a\u0085b",
}

func TestStripMarkupGuards(t *testing.T) {
	for _, s := range markupSeeds {
		if got, want := StripMarkup(s), stripMarkupEveryPattern(s); got != want {
			t.Errorf("StripMarkup(%q) = %q, every pattern gives %q", s, got, want)
		}
	}
}

func FuzzStripMarkup(f *testing.F) {
	for _, s := range markupSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := StripMarkup(s), stripMarkupEveryPattern(s); got != want {
			t.Errorf("StripMarkup(%q) = %q, every pattern gives %q", s, got, want)
		}
	})
}
