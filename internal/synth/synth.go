// Package synth generates synthetic corpora of UN resolutions for tests
// and benchmarks: deterministic (the same options give the same bytes),
// laid out like the corpus text renderings, and shaped like the real
// record: General Assembly resolutions session by session, a share of
// Security Council and Economic and Social Council resolutions, each in a
// series that recalls its predecessors with their dates, citing older
// landmark resolutions (which become hubs), reports in footnotes and the
// draft it was adopted on. A document makes about ten citations, so
// 100,000 documents give about a million edges, the size of everything
// the UN has adopted.
//
// Each document is a function of the options and its number alone, so a
// corpus can be written in parallel, or one document made on its own, and
// every document says which citations it makes (Doc.Cites), for checking
// an extractor against it.
package synth

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"

	"github.com/recital-un/recital/parser"
)

// Options shape a corpus.
type Options struct {
	Docs int    // number of documents
	Seed uint64 // the same seed gives the same corpus
}

// Doc is one generated document.
type Doc struct {
	Name   string   // relative file name, e.g. "ga/060/A_RES_60_45.txt"
	Symbol string   // its own canonical symbol
	Text   string   // the text, laid out like the corpus text renderings
	Cites  []string // the canonical targets it cites, in text order, repeats included
}

// Shares of the bodies, per thousand documents, chosen so that a corpus
// of 100,000 documents keeps numbers in the ranges real symbols use: at
// most 999 resolutions a session or a year, at most 10,000 of the
// Security Council.
const (
	perMilleSC     = 100
	perMilleECOSOC = 370
)

// Sessions of the General Assembly: the first 30 (1946–1975) adopted
// about 3,500 resolutions, numbered on across sessions; later ones number
// from 1 in each session.
const (
	oldSessions = 30
	oldPer      = 115 // resolutions per early session, at most
	newSessions = 50
)

// corpus is the layout of a corpus: which document number is which
// resolution.
type corpus struct {
	opts   Options
	oldPer int // resolutions per early session
	newPer int // resolutions per later session
	ga     int // number of GA documents: numbers 0…ga-1
	sc     int // then SC: ga…ga+sc-1
	ecosoc int // then ECOSOC
}

// layout decides how many resolutions each body has and how GA
// resolutions spread over sessions.
func layout(opts Options) *corpus {
	c := &corpus{opts: opts}
	c.sc = opts.Docs * perMilleSC / 1000
	c.ecosoc = opts.Docs * perMilleECOSOC / 1000
	c.ga = opts.Docs - c.sc - c.ecosoc
	c.oldPer = max(1, min(oldPer, c.ga/(oldSessions+newSessions)))
	c.newPer = max(1, (c.ga-c.oldPer*oldSessions+newSessions-1)/newSessions)
	return c
}

// Generate returns document number i (0 ≤ i < opts.Docs) of the corpus.
func Generate(opts Options, i int) Doc {
	c := layout(opts)
	r := rand.New(rand.NewPCG(opts.Seed, uint64(i)))
	switch {
	case i < c.ga:
		return c.gaDoc(r, i)
	case i < c.ga+c.sc:
		return c.scDoc(r, i-c.ga)
	default:
		return c.ecosocDoc(r, i-c.ga-c.sc)
	}
}

// Path returns where document i goes under dir.
func Path(dir string, d Doc) string { return filepath.Join(dir, filepath.FromSlash(d.Name)) }

// gaSymbol returns the session and number of GA document k.
func (c *corpus) gaSymbol(k int) (session, num int) {
	if old := c.oldPer * oldSessions; k >= old {
		return oldSessions + 1 + (k-old)/c.newPer, 1 + (k-old)%c.newPer
	}
	return 1 + k/c.oldPer, 1 + k%c.oldPer
}

// perSession returns how many resolutions session s adopted.
func (c *corpus) perSession(s int) int {
	if s <= oldSessions {
		return c.oldPer
	}
	return c.newPer
}

// firstOf returns the document number of the first resolution of
// session s.
func (c *corpus) firstOf(s int) int {
	if s <= oldSessions {
		return (s - 1) * c.oldPer
	}
	return oldSessions*c.oldPer + (s-oldSessions-1)*c.newPer
}

// firstModern is the first session whose resolutions are numbered
// session/number; before it, from 1946 to 1975, they were numbered on
// across sessions, with the session in Roman numerals: 1514 (XV).
const firstModern = oldSessions + 1

// gaRef returns how a text cites GA document k ("60/45", "1514 (XV)")
// and its canonical symbol.
func (c *corpus) gaRef(k int) (text, symbol string) {
	s, n := c.gaSymbol(k)
	if s >= firstModern {
		return fmt.Sprintf("%d/%d", s, n), fmt.Sprintf("A/RES/%d/%d", s, n)
	}
	r := roman(s)
	return fmt.Sprintf("%d (%s)", k+1, r), fmt.Sprintf("A/RES/%d(%s)", k+1, r)
}

// roman writes 1…39 in Roman numerals.
func roman(n int) string {
	return strings.Repeat("X", n/10) + []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}[n%10]
}

// gaDate is the adoption date of GA document k: sessions open in
// September of year 1945+session; resolutions run from October to the
// following July.
func (c *corpus) gaDate(k int) date {
	s, n := c.gaSymbol(k)
	day := (n - 1) * 300 / c.perSession(s) // days after 1 October
	return date{1945 + s, 10, 1}.add(day)
}

// builder writes one document and records its citations.
type builder struct {
	b     strings.Builder
	cites []string
	notes []string
}

// cite records a citation.
func (w *builder) cite(target string) { w.cites = append(w.cites, target) }

// note adds a footnote and returns its marker.
func (w *builder) note(text string, targets ...string) string {
	w.notes = append(w.notes, text)
	w.cites = append(w.cites, targets...)
	return fmt.Sprint(len(w.notes))
}

// para writes one paragraph.
func (w *builder) para(format string, args ...any) {
	fmt.Fprintf(&w.b, format, args...)
	w.b.WriteString("\n\n")
}

// finish writes the closing lines and the notes.
func (w *builder) finish(closing string) string {
	w.b.WriteString(closing)
	w.b.WriteString("\n")
	if len(w.notes) > 0 {
		w.b.WriteString("\n")
		for i, n := range w.notes {
			fmt.Fprintf(&w.b, "%d %s\n", i+1, n)
		}
	}
	return w.b.String()
}

// gaDoc writes GA resolution k: the series it continues, landmarks,
// Security Council resolutions, a report in a footnote.
func (c *corpus) gaDoc(r *rand.Rand, k int) Doc {
	s, n := c.gaSymbol(k)
	d := c.gaDate(k)
	own, symbol := c.gaRef(k)
	topic := topics[(n-1)%len(topics)]
	w := &builder{}
	draft := fmt.Sprintf("A/%d/L.%d", s, 1+n%90)
	w.para("Resolution adopted by the General Assembly on %s", d)
	w.para("[without reference to a Main Committee (%s)]", draft)
	w.cite(draft)
	w.para("%s. %s", own, topic)
	w.para("The General Assembly,")
	// The series: the same place in earlier sessions.
	var prev []string
	for back := 1; back <= 3 && s-back >= 1; back++ {
		j := c.firstOf(s-back) + (n-1)%c.perSession(s-back)
		ref, sym := c.gaRef(j)
		prev = append(prev, fmt.Sprintf("%s of %s", ref, c.gaDate(j)))
		w.cite(sym)
	}
	if len(prev) > 0 {
		w.para("Recalling its resolutions %s on this question,", joinList(prev))
	}
	// Landmarks: early resolutions, cited far more than the rest.
	if s > 1 {
		j := landmark(r, c.firstOf(min(s, 11)))
		ref, sym := c.gaRef(j)
		_, jn := c.gaSymbol(j)
		w.para("Reaffirming its resolution %s of %s, entitled “%s”,", ref, c.gaDate(j), topics[(jn-1)%len(topics)])
		w.cite(sym)
	}
	// Other resolutions of earlier sessions.
	if s > 1 {
		var others []string
		for range 3 + r.IntN(2) {
			ref, sym := c.gaRef(r.IntN(c.firstOf(s)))
			others = append(others, ref)
			w.cite(sym)
		}
		w.para("Recalling also its resolutions %s,", joinList(others))
	}
	if sc := c.scBefore(d); sc >= 0 {
		num, year := c.scSymbol(r.IntN(sc + 1))
		w.para("Bearing in mind Security Council resolution %d (%d),", num, year)
		w.cite(fmt.Sprintf("S/RES/%d(%d)", num, year))
	}
	report := fmt.Sprintf("A/%d/%d", s, 100+r.IntN(400))
	m := w.note(report+".", report)
	w.para("1. Takes note of the report of the Secretary-General;%s", m)
	op := 2
	for range 3 + r.IntN(8) {
		w.para("%d. %s;", op, prose(r))
		op++
	}
	w.para("%d. Requests the Secretary-General to report to it at its next session on the implementation of the present resolution;", op)
	w.para("%d. Decides to include in the provisional agenda of its next session the item entitled “%s”.", op+1, topic)
	text := w.finish(fmt.Sprintf("%dth plenary meeting\n%s", 40+n%60, d))
	name := strings.NewReplacer("/", "_", "(", "_", ")", "").Replace(symbol)
	return Doc{Name: fmt.Sprintf("ga/%03d/%s.txt", s, name), Symbol: symbol, Text: text, Cites: w.cites}
}

// landmark picks one of the first resolutions of the first sessions,
// favouring the earliest.
func landmark(r *rand.Rand, pool int) int {
	u := r.Float64()
	return int(float64(max(pool, 1)) * u * u * u)
}

// scDate returns the adoption date of SC document k: from 1946 to 2024,
// evenly.
func (c *corpus) scDate(k int) date {
	return date{1946, 1, 1}.add(k * 78 * 365 / max(c.sc, 1))
}

// scSymbol returns the number and year of SC document k, numbered from 1.
// Where the real resolution of that number is of a year one off the
// synthetic one, the real year is written: the parser would read the
// synthetic one as a misprint and correct it.
func (c *corpus) scSymbol(k int) (num, year int) {
	num, year = k+1, c.scDate(k).y
	if real := parser.SCYear(num); real == year-1 || real == year+1 {
		year = real
	}
	return num, year
}

// scBefore returns the index of the last SC resolution adopted before d,
// or -1.
func (c *corpus) scBefore(d date) int {
	lo, hi := 0, c.sc // the first adopted on or after d
	for lo < hi {
		mid := (lo + hi) / 2
		if c.scDate(mid).before(d) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}

// scDoc writes SC resolution k: it recalls its predecessors on the same
// situation and a few others.
func (c *corpus) scDoc(r *rand.Rand, k int) Doc {
	num, year := c.scSymbol(k)
	d := c.scDate(k)
	w := &builder{}
	w.para("Resolution %d (%d)", num, year)
	w.para("Adopted by the Security Council at its %dth meeting, on %s", 1000+k, d)
	w.para("The Security Council,")
	var prev []string
	for back := 1; back <= 4 && k-back*7 >= 0; back++ {
		pn, py := c.scSymbol(k - back*7)
		prev = append(prev, fmt.Sprintf("%d (%d)", pn, py))
		w.cite(fmt.Sprintf("S/RES/%d(%d)", pn, py))
	}
	if len(prev) > 0 {
		w.para("Recalling its resolutions %s,", joinList(prev))
	}
	if k > 0 {
		var others []string
		for range 3 {
			pn, py := c.scSymbol(landmark(r, k))
			others = append(others, fmt.Sprintf("%d (%d)", pn, py))
			w.cite(fmt.Sprintf("S/RES/%d(%d)", pn, py))
		}
		w.para("Reaffirming its resolutions %s,", joinList(others))
	}
	report := fmt.Sprintf("S/%d/%d", year, 100+r.IntN(800))
	m := w.note(report+".", report)
	w.para("Having considered the report of the Secretary-General,%s", m)
	for i := range 2 + r.IntN(5) {
		w.para("%d. %s;", i+1, prose(r))
	}
	w.para("Decides to remain actively seized of the matter.")
	return Doc{Name: fmt.Sprintf("sc/%d/S_RES_%d_%d.txt", year, num, year), Symbol: fmt.Sprintf("S/RES/%d(%d)", num, year), Text: w.finish(""), Cites: w.cites}
}

// ecosocYears is how many years ECOSOC resolutions span, from 1980.
const ecosocYears = 45

// ecosocDoc writes ECOSOC resolution k, numbered year/n from 1980.
func (c *corpus) ecosocDoc(r *rand.Rand, k int) Doc {
	per := max(1, (c.ecosoc+ecosocYears-1)/ecosocYears)
	year, n := 1980+k/per, 1+k%per // 1980…2024
	d := date{year, 1, 15}.add((n - 1) * 330 / per)
	w := &builder{}
	w.para("Resolution adopted by the Economic and Social Council on %s", d)
	w.para("%d/%d. %s", year, n, topics[n%len(topics)])
	w.para("The Economic and Social Council,")
	var prev []string
	for back := 1; back <= 3 && year-back >= 1980; back++ {
		prev = append(prev, fmt.Sprintf("%d/%d", year-back, n))
		w.cite(fmt.Sprintf("E/RES/%d/%d", year-back, n))
	}
	if len(prev) > 0 {
		w.para("Recalling its resolutions %s,", joinList(prev))
	}
	if k >= per {
		var others []string
		for range 3 {
			j := r.IntN(k - k%per) // a resolution of an earlier year
			oy, on := 1980+j/per, 1+j%per
			others = append(others, fmt.Sprintf("%d/%d", oy, on))
			w.cite(fmt.Sprintf("E/RES/%d/%d", oy, on))
		}
		w.para("Recalling also its resolutions %s,", joinList(others))
	}
	if before := c.firstOf(year - 1946); before > 0 && c.ga > 0 {
		ref, sym := c.gaRef(landmark(r, min(before, c.ga)))
		w.para("Recalling also General Assembly resolution %s,", ref)
		w.cite(sym)
	}
	report := fmt.Sprintf("E/%d/%d", year, 10+r.IntN(90))
	m := w.note(report+".", report)
	w.para("1. Takes note of the report of the Secretary-General;%s", m)
	return Doc{Name: fmt.Sprintf("ecosoc/%d/E_RES_%d_%d.txt", year, year, n), Symbol: fmt.Sprintf("E/RES/%d/%d", year, n), Text: w.finish(fmt.Sprintf("%dth plenary meeting\n%s", 20+n%30, d)), Cites: w.cites}
}

// joinList joins items as English does: "a, b and c".
func joinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// prose returns an operative paragraph without citations, to give
// documents the length of real ones.
func prose(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString(verbs[r.IntN(len(verbs))])
	for i := range 2 + r.IntN(4) {
		if i > 0 {
			b.WriteString(", and ")
		}
		b.WriteString(" ")
		b.WriteString(objects[r.IntN(len(objects))])
	}
	return b.String()
}

// verbs open operative paragraphs.
var verbs = []string{"Urges", "Calls upon", "Encourages", "Invites", "Stresses", "Emphasizes", "Welcomes", "Requests", "Recognizes", "Underlines", "Reiterates"}

// objects continue them.
var objects = []string{
	"all Member States to strengthen their national capacities in this field, including through the exchange of information and good practices",
	"the relevant organizations of the United Nations system to continue to provide technical assistance to developing countries upon request",
	"the importance of international cooperation and of the full participation of women at all levels of decision-making",
	"the need to mobilize adequate, predictable and sustainable financial resources for the implementation of national strategies",
	"the efforts of regional and subregional organizations to promote dialogue and to build confidence among States",
	"States to consider ratifying or acceding to the relevant international instruments as a matter of priority",
	"the private sector, civil society and academia to contribute to the achievement of the objectives set out above",
	"the continued commitment of the international community to address the root causes of the problem in a comprehensive manner",
	"the Secretariat to enhance coordination and coherence within the system, within existing resources",
	"the contribution of voluntary funds and the need for donors to continue to support them generously",
}

// topics are the titles of series.
var topics = []string{
	"Developments in the field of information and telecommunications in the context of international security",
	"Assistance in mine action", "Oceans and the law of the sea", "Sustainable fisheries",
	"International cooperation on humanitarian assistance in the field of natural disasters",
	"Rights of the child", "Violence against women migrant workers", "Protection of migrants",
	"Question of Western Sahara", "Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples",
	"Agricultural technology for sustainable development", "Education for sustainable development",
	"Protection of global climate for present and future generations of humankind", "Cooperation between the United Nations and the African Union",
	"Strengthening of the coordination of emergency humanitarian assistance of the United Nations",
	"Safety and security of humanitarian personnel", "Nuclear disarmament", "Prevention of an arms race in outer space",
	"The situation in Afghanistan", "Global health and foreign policy", "Human rights and extreme poverty",
	"Freedom of religion or belief", "Torture and other cruel, inhuman or degrading treatment or punishment",
	"International migration and development", "Disaster risk reduction", "Entrepreneurship for sustainable development",
	"Women in development", "Eradicating rural poverty", "Culture and sustainable development", "The rule of law at the national and international levels",
}
