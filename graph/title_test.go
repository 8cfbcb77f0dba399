package graph

import "testing"

func TestTitleAfter(t *testing.T) {
	tests := []struct{ text, want string }{
		{`, entitled "Transforming our world: the 2030 Agenda for Sustainable Development",`, "Transforming our world: the 2030 Agenda for Sustainable Development"},
		{` of 25 September 2015, entitled “Transforming our world”`, "Transforming our world"},
		{`, on the report entitled "X`, ""},
		{` and 71/313`, ""},
	}
	for _, tt := range tests {
		if got := titleAfter("70/1"+tt.text, 4); got != tt.want {
			t.Errorf("titleAfter(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
