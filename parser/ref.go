package parser

import (
	"fmt"
	"strings"
)

// ParseRef turns a reference written as people write it into a canonical
// node ID: "60/45" and "A/RES/60/45" → "A/RES/60/45", "1514 (XV)" →
// "A/RES/1514(XV)", "1373 (2001)" → "S/RES/1373(2001)", "ES-10/19" →
// "A/RES/ES-10/19", "A/55/140/Corr.1" as written. A bare "N/M" is read as
// a General Assembly resolution when N is a session number and as an
// ECOSOC resolution when N is a year; prefix the body to say otherwise
// ("HRC 7/36", "ECOSOC 2004/67", "decision 59/551").
//
// Every node ID the tool prints reads back as itself: the canonical forms
// of parts ("A/73/12(PartI)", "A/74/6(Sect.1)") are read as the spaced
// forms of running text (see spacedParen).
func ParseRef(s string) (string, error) {
	t := strings.Join(strings.Fields(s), " ")
	if t == "" {
		return "", fmt.Errorf("empty reference")
	}
	body, kind := BodyNone, KindResolution
	low := strings.ToLower(t)
	for _, p := range []struct {
		prefix string
		body   Body
		kind   Kind
	}{
		{"hrc decision ", BodyHRC, KindDecision}, {"hrc ", BodyHRC, KindResolution},
		{"ecosoc decision ", BodyECOSOC, KindDecision}, {"ecosoc ", BodyECOSOC, KindResolution},
		{"chr ", BodyCHR, KindResolution}, {"ga decision ", BodyGA, KindDecision},
		{"decision ", BodyNone, KindDecision}, {"ga ", BodyGA, KindResolution},
		{"sc ", BodySC, KindResolution}, {"resolution ", BodyNone, KindResolution},
	} {
		if strings.HasPrefix(low, p.prefix) {
			body, kind, t = p.body, p.kind, strings.TrimSpace(t[len(p.prefix):])
			break
		}
	}
	if strings.Contains(t, "/") && isUpper(t[0]) && !isSessionPrefix(t) {
		refs, end := scanSymbolExpr(t, 0)
		if len(refs) == 0 || strings.TrimSpace(t[end:]) != "" {
			return "", fmt.Errorf("%q is not a document symbol", s)
		}
		return refs[0].target, nil
	}
	it, ok := readNumberItem(t, 0)
	if !ok || strings.TrimSpace(t[it.end:]) != "" {
		return "", fmt.Errorf("%q is not a resolution number or document symbol (try 60/45, 1514 (XV), 1373 (2001) or A/RES/60/45)", s)
	}
	if it.b == "" && it.paren == "" && body == BodyNone {
		body = BodySC
	}
	issuing := body
	if issuing == BodyNone {
		issuing = BodyGA
	}
	rc, ok, why := resolveItem(namedBody{body: body}, issuing, kind, it)
	if !ok {
		if why == "" {
			why = "cannot tell which document it names"
		}
		return "", fmt.Errorf("%q: %s", s, why)
	}
	return rc.target, nil
}

// refForBody resolves a document's own number as written in its header
// ("60/45", "84 (1950)") for the body that adopted it.
func refForBody(num string, body Body) (string, error) {
	it, ok := readNumberItem(num, 0)
	if !ok {
		return "", fmt.Errorf("%q is not a number", num)
	}
	if body == BodyNone {
		body = BodyGA
	}
	rc, ok, why := resolveItem(namedBody{body: body}, body, KindResolution, it)
	if !ok {
		return "", fmt.Errorf("%q: %s", num, why)
	}
	return rc.target, nil
}

// isSessionPrefix reports a resolution number of an emergency or special
// session, "ES-10/19", "S-27/2", which is no document symbol though it
// starts with capitals (unlike "ESCAP/78/31").
func isSessionPrefix(t string) bool {
	return strings.HasPrefix(t, "ES-") || strings.HasPrefix(t, "S-") ||
		strings.HasPrefix(t, "ES") && len(t) > 2 && isDigit(t[2])
}
