package export

import (
	"strings"
	"testing"
)

func TestSentenceAt(t *testing.T) {
	long := strings.Repeat("word ", 200)
	tests := []struct {
		name, text, cite string
		byLine           bool
		want             string
	}{
		{"preambular paragraph", "The General Assembly,\n\nRecalling its resolution 60/45 of 8 December 2005,\n\nNoting also",
			"60/45", false, "Recalling its resolution 60/45 of 8 December 2005,"},
		{"wrapped lines", "Recalling its resolution 60/45 of\n8 December 2005, entitled \"Cooperation\",\nand its resolution 61/1,\n\n1. Decides",
			"61/1", false, "Recalling its resolution 60/45 of 8 December 2005, entitled \"Cooperation\", and its resolution 61/1,"},
		{"operative number and semicolons", "1. Requests the Secretary-General to report; invites States to act under resolution 61/1; and decides",
			"61/1", false, "invites States to act under resolution 61/1;"},
		{"full stop before a capital", "It met in 2004. It recalled resolution 61/1 of 2006. Then it left.",
			"61/1", false, "It recalled resolution 61/1 of 2006."},
		{"abbreviations", "It noted para. 5 of the report (A/61/1, No. 3) and resolution 61/1. Then",
			"61/1", false, "It noted para. 5 of the report (A/61/1, No. 3) and resolution 61/1."},
		{"one paragraph per line", "Recalling resolution 60/1,\nReaffirming resolution 61/1,\nNoting",
			"61/1", true, "Reaffirming resolution 61/1,"},
		{"footnote line", "Text,1\n\n1 A/61/100.\n2 A/61/200.", "A/61/200", true, "2 A/61/200."},
		{"long sentence", long + "resolution 61/1 " + long, "61/1", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := strings.Index(tt.text, tt.cite)
			got := sentenceAt(tt.text, start, start+len(tt.cite), tt.byLine)
			if tt.want == "" {
				if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") || len(got) > 2*maxContext+20 || !strings.Contains(got, "resolution 61/1") {
					t.Errorf("long sentence cut to %d bytes: %q", len(got), got)
				}
				return
			}
			if got != tt.want {
				t.Errorf("sentenceAt = %q, want %q", got, tt.want)
			}
		})
	}
}
