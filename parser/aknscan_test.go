package parser

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// aknBothWays reads data with the tokenizer of aknscan.go (falling back as
// aknText does) and with encoding/xml alone, and reports how the results
// differ, "" when they do not. fast tells whether the tokenizer read it.
func aknBothWays(data []byte) (diff string, fast bool) {
	text1, meta1, err1 := aknTextFrom(data, true)
	text2, meta2, err2 := aknTextFrom(data, false)
	fast = len(strings.TrimSpace(string(data))) > 0 && newAKNReader(data).scan()
	switch {
	case fmt.Sprint(err1) != fmt.Sprint(err2) || !reflect.DeepEqual(err1, err2):
		return fmt.Sprintf("error %#v, encoding/xml %#v", err1, err2), fast
	case text1 != text2:
		return fmt.Sprintf("text\n%q\nencoding/xml\n%q", text1, text2), fast
	case !reflect.DeepEqual(meta1, meta2):
		return fmt.Sprintf("meta %+v, encoding/xml %+v", meta1, meta2), fast
	}
	return "", fast
}

// TestAKNScanCorpus reads every XML file of the shared corpus both ways:
// the text, the metadata and any error must be the same, and the
// tokenizer must read nearly all of them itself.
func TestAKNScanCorpus(t *testing.T) {
	corpus := aknNeedCorpus(t)
	if testing.Short() {
		t.Skip("reads the whole corpus twice")
	}
	files, fallbacks := 0, 0
	err := filepath.WalkDir(corpus, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".xml") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !isAKN(data) {
			return nil
		}
		files++
		diff, fast := aknBothWays(data)
		if diff != "" {
			t.Errorf("%s: %s", path, diff)
		}
		if !fast {
			fallbacks++
			t.Logf("%s: read by encoding/xml", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d AKN files, %d read again by encoding/xml", files, fallbacks)
	if files == 0 {
		t.Fatal("no AKN file found in the corpus")
	}
	if fallbacks*100 > files {
		t.Errorf("%d of %d files left to encoding/xml", fallbacks, files)
	}
}

// aknScanCases are small documents, each read by the tokenizer (fast) or
// left to encoding/xml.
var aknScanCases = []struct {
	name string
	xml  string
	fast bool
}{
	{"plain", `<akomaNtoso><mainBody><p>Decides</p></mainBody></akomaNtoso>`, true},
	{"declaration", `<?xml version="1.0" encoding="UTF-8"?>` + "\r\n" + `<akomaNtoso><p>a</p></akomaNtoso>`, true},
	{"declaration single quotes", `<?xml version='1.0' encoding='utf-8' standalone='yes'?><akomaNtoso><p>a</p></akomaNtoso>`, true},
	{"declaration version 1.1", `<?xml version="1.1"?><akomaNtoso><p>a</p></akomaNtoso>`, false},
	{"declaration latin-1", `<?xml version="1.0" encoding="ISO-8859-1"?><akomaNtoso><p>a</p></akomaNtoso>`, false},
	{"other instruction", `<?xml-stylesheet href="a.xsl"?><akomaNtoso><?pi x?y ?><p>a</p></akomaNtoso>`, true},
	{"byte order mark", "\xef\xbb\xbf<akomaNtoso><p>a</p></akomaNtoso>", true},
	{"entities", `<akomaNtoso><p>a &lt;b&gt; &amp; &apos;c&apos; &quot;d&quot; &#65;&#x42;&#x00A0;e&#x1F600;</p></akomaNtoso>`, true},
	{"entities in attributes", `<akomaNtoso><statement name="re&#115;olution"><coverPage><p><docNumber refersTo='&#x23;symbol'>A/RES/1/2 &amp; 3</docNumber></p></coverPage></statement></akomaNtoso>`, true},
	{"note marker with entity", `<akomaNtoso><p>a<authorialNote marker="&#49;"><p>n</p></authorialNote> b</p></akomaNtoso>`, true},
	{"undefined entity", `<akomaNtoso><p>&nbsp;</p></akomaNtoso>`, false},
	{"entity without semicolon", `<akomaNtoso><p>&amp x</p></akomaNtoso>`, false},
	{"uppercase hex reference", `<akomaNtoso><p>&#X41;</p></akomaNtoso>`, false},
	{"reference to NUL", `<akomaNtoso><p>&#0;</p></akomaNtoso>`, false},
	{"reference to a surrogate", `<akomaNtoso><p>&#xD800;</p></akomaNtoso>`, false},
	{"reference out of range", `<akomaNtoso><p>&#x110000;</p></akomaNtoso>`, false},
	{"reference too long", `<akomaNtoso><p>&#0000000065;</p></akomaNtoso>`, false},
	{"stray ampersand", `<akomaNtoso><p>a & b</p></akomaNtoso>`, false},
	{"ampersand at the end", `<akomaNtoso><p>a</p></akomaNtoso>&`, false},
	{"CRLF", "<akomaNtoso>\r\n<p>a\r\nb\rc\r\r\nd</p>\r\n</akomaNtoso>\r\n", true},
	{"CRLF in attributes", "<akomaNtoso><statement name=\"a\r\nb\rc\"><p>x</p></statement></akomaNtoso>", true},
	{"CR before an entity", "<akomaNtoso><p>a\r&amp;\nb&#13;\nc&#xD;&#xA;</p></akomaNtoso>", true},
	{"CDATA", "<akomaNtoso><p>a<![CDATA[<b> & ]] \r\n]]]>c</p></akomaNtoso>", true},
	{"empty CDATA", "<akomaNtoso><p><![CDATA[]]></p></akomaNtoso>", true},
	{"CDATA unclosed", "<akomaNtoso><p><![CDATA[a</p></akomaNtoso>", false},
	{"CDATA misspelt", "<akomaNtoso><p><![CDATA a]]></p></akomaNtoso>", false},
	{"]]> in text", "<akomaNtoso><p>a]]>b</p></akomaNtoso>", false},
	{"]]> in attribute", `<akomaNtoso><statement name="a]]>b"><p>x</p></statement></akomaNtoso>`, true},
	{"comments", "<!-- head --><akomaNtoso><!----><p>a<!-- - x -->b</p><!--\r\n--></akomaNtoso><!-- tail -->", true},
	{"comment with --", "<akomaNtoso><p>a<!-- x -- y -->b</p></akomaNtoso>", false},
	{"comment ending --->", "<akomaNtoso><p>a<!-- x --->b</p></akomaNtoso>", false},
	{"comment unclosed", "<akomaNtoso><p>a<!-- x </p></akomaNtoso>", false},
	{"<!- alone", "<akomaNtoso><p>a<!- x --></p></akomaNtoso>", false},
	{"doctype", `<!DOCTYPE akomaNtoso><akomaNtoso><p>a</p></akomaNtoso>`, false},
	{"empty elements", `<akomaNtoso><meta><analysis/><references ></references></meta><p>a<eol/>b<eol /></p></akomaNtoso>`, true},
	{"skipped meta", `<akomaNtoso><meta><analysis><x><y>&bogus; < </x></analysis><FRBRdate name="adoption" date="2020-01-02"/></meta><p>a</p></akomaNtoso>`, true},
	{"prefixes", `<akomaNtoso xmlns="urn:a" xmlns:b="urn:b"><meta><presentation><b:x b:name="q"><b:y/></b:x></presentation></meta><b:p b:name="x">a</b:p><statement b:name="decision"><p>t</p></statement></akomaNtoso>`, true},
	{"prefixed root", `<an:akomaNtoso xmlns:an="urn:a"><an:p>a</an:p></an:akomaNtoso>`, true},
	{"prefix closed without it", `<akomaNtoso><b:p>a</p></akomaNtoso>`, false},
	{"two colons", `<akomaNtoso><a:b:p>a</a:b:p></akomaNtoso>`, false},
	{"colon first", `<akomaNtoso><:p>a</:p></akomaNtoso>`, false},
	{"attribute with two colons", `<akomaNtoso><p a:b:c="1">a</p></akomaNtoso>`, false},
	{"attribute colon first", `<akomaNtoso><statement :name="decision"><p>a</p></statement></akomaNtoso>`, true},
	{"white space in tags", "<akomaNtoso\r\n\t><statement\n name \t=\r\n 'decision' ><p>a</p ></statement\n></akomaNtoso >", true},
	{"attributes unseparated", `<akomaNtoso><statement a="1"name="decision"><p>a</p></statement></akomaNtoso>`, true},
	{"duplicate attributes", `<akomaNtoso><statement name="decision" name="resolution"><p>a</p></statement></akomaNtoso>`, true},
	{"unquoted attribute", `<akomaNtoso><statement name=decision><p>a</p></statement></akomaNtoso>`, false},
	{"attribute without value", `<akomaNtoso><p hidden>a</p></akomaNtoso>`, false},
	{"< in attribute", `<akomaNtoso><p title="a<b">a</p></akomaNtoso>`, false},
	{"attribute unclosed", `<akomaNtoso><p title="ab>a</p></akomaNtoso>`, false},
	{"mismatched tags", `<akomaNtoso><p>a</q></akomaNtoso>`, false},
	{"unclosed root", `<akomaNtoso><p>a</p>`, false},
	{"end tag alone", `</p><akomaNtoso><p>a</p></akomaNtoso>`, false},
	{"second root", `<akomaNtoso><p>a</p></akomaNtoso><akomaNtoso/>`, false},
	{"other root", `<html><p>a</p></html>`, false},
	{"text only", `just text`, false},
	{"text after the root", "<akomaNtoso><p>a</p></akomaNtoso>\nb &amp; c", true},
	{"stray <", `<akomaNtoso><p>a < b</p></akomaNtoso>`, false},
	{"< at the end", `<akomaNtoso><p>a</p></akomaNtoso><`, false},
	{"name with a digit first", `<akomaNtoso><1p>a</1p></akomaNtoso>`, false},
	{"name with non-ASCII", "<akomaNtoso><p\u00e9>a</p\u00e9></akomaNtoso>", false},
	{"name with dot and dash", `<akomaNtoso><x.y-z>a</x.y-z><p>b</p></akomaNtoso>`, true},
	{"invalid UTF-8", "<akomaNtoso><p>a\xffb</p></akomaNtoso>", false},
	{"truncated UTF-8", "<akomaNtoso><p>a\xe2\x80</p></akomaNtoso>", false},
	{"control character", "<akomaNtoso><p>a\x01b</p></akomaNtoso>", false},
	{"U+FFFE", "<akomaNtoso><p>a\uFFFEb</p></akomaNtoso>", false},
	{"U+FFFD and astral", "<akomaNtoso><p>a\uFFFDb\U0001F600\u00a0c\u2011d\x7f</p></akomaNtoso>", true},
	{"sentinel characters", "<akomaNtoso><p>a\uE000b&#xE001;c</p></akomaNtoso>", true},
	{"empty tag slash apart", `<akomaNtoso><eol/ ><p>a</p></akomaNtoso>`, false},
	{"end tag with attribute", `<akomaNtoso><p>a</p x="1"></akomaNtoso>`, false},
}

func TestAKNScanCases(t *testing.T) {
	for _, tt := range aknScanCases {
		t.Run(tt.name, func(t *testing.T) {
			diff, fast := aknBothWays([]byte(tt.xml))
			if diff != "" {
				t.Errorf("%s", diff)
			}
			if fast != tt.fast {
				t.Errorf("read by the tokenizer: %v, want %v", fast, tt.fast)
			}
		})
	}
}

// TestAKNScanDecodes checks what the tokenizer hands the reader, against
// the text encoding/xml gives.
func TestAKNScanDecodes(t *testing.T) {
	for _, tt := range []struct{ xml, want string }{
		{"<akomaNtoso><p>&lt;b&gt;&amp;&#65;&#x42;</p></akomaNtoso>", "<b>&AB\n"},
		{"<akomaNtoso><p>x<![CDATA[<b>&amp;]]>y</p></akomaNtoso>", "x<b>&amp;y\n"},
		{"<akomaNtoso><p>a<!-- no -->b</p></akomaNtoso>", "ab\n"},
	} {
		if !newAKNReader([]byte(tt.xml)).scan() {
			t.Errorf("%q: left to encoding/xml", tt.xml)
		}
		got, _, err := aknText([]byte(tt.xml))
		if err != nil || got != tt.want {
			t.Errorf("%q: got %q, %v; want %q", tt.xml, got, err, tt.want)
		}
	}
	r := newAKNReader([]byte("<akomaNtoso><statement name=\"a&amp;\r\nb\rc&#13;\">x\r\ny\rz&#13;\n</statement></akomaNtoso>"))
	if !r.scan() {
		t.Fatal("left to encoding/xml")
	}
	if got := r.facts.docName; got != "a&\nb\nc\r" {
		t.Errorf("attribute decoded as %q", got)
	}
	s := &aknScanner{data: []byte("x\r\ny\rz&#13;\n<")}
	end, esc, ok := s.text(0, len(s.data), aknTextTable, true)
	if !ok || !esc || end != len(s.data)-1 || string(s.buf) != "x\ny\nz\r\n" {
		t.Errorf("text: %d %v %v %q", end, esc, ok, s.buf)
	}
}

// FuzzAKNScan checks that, for any input, aknText gives what encoding/xml
// alone gives: the same text, metadata and error.
func FuzzAKNScan(f *testing.F) {
	for _, tt := range aknScanCases {
		f.Add([]byte(tt.xml))
	}
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\" xmlns:akn4un=\"http://un.org/akn4un\">\r\n  <statement name=\"resolution\">\r\n    <meta>\r\n      <identification source=\"#DGACM\">\r\n        <FRBRWork>\r\n          <FRBRuri value=\"/akn/un/statement/deliberation/unga/2019-12-19/74-243/\"></FRBRuri>\r\n          <FRBRdate date=\"2019-12-19\" name=\"adoption\"></FRBRdate>\r\n          <FRBRauthor href=\"ga\" as=\"author\"></FRBRauthor>\r\n        </FRBRWork>\r\n      </identification>\r\n      <presentation source=\"#un\">\r\n        <akn4un:footerFirstPage><img alt=\"bar code\" src=\"\"></img></akn4un:footerFirstPage>\r\n      </presentation>\r\n    </meta>\r\n    <coverPage><p><docNumber refersTo=\"#symbol\">A/RES/74/243</docNumber></p><p><inline name=\"agenda item\">Agenda item 60</inline></p></coverPage>\r\n    <preface><p><docNumber>74/243.</docNumber> <docTitle>Title &amp; more</docTitle></p></preface>\r\n    <preamble><formula name=\"enactingFormula\"><p>The General Assembly,</p></formula><p>Recalling its resolution 73/1 of 1 January 2019,<authorialNote marker=\"1\" placement=\"bottom\"><p>See &quot;A/73/1&quot;.</p></authorialNote></p></preamble>\r\n    <mainBody><paragraph><num>1.</num><content><p>Decides<sup>1</sup>;</p></content></paragraph></mainBody>\r\n    <conclusions><p><docDate refersTo=\"#adoptionDate\" date=\"2019-12-19\">19 December 2019</docDate></p></conclusions>\r\n  </statement>\r\n</akomaNtoso>\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if diff, _ := aknBothWays(data); diff != "" {
			t.Errorf("%q: %s", data, diff)
		}
	})
}

// BenchmarkAKNScan reads 50 files of bulk/akn with the tokenizer, and
// BenchmarkAKNDecoder the same files with encoding/xml alone.
func BenchmarkAKNScan(b *testing.B)    { benchmarkAKN(b, true) }
func BenchmarkAKNDecoder(b *testing.B) { benchmarkAKN(b, false) }

func benchmarkAKN(b *testing.B, fast bool) {
	docs := aknBenchDocs(b, 50)
	for b.Loop() {
		for _, data := range docs {
			if _, _, err := aknTextFrom(data, fast); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestAKNSentinelsShareTheirFirstByte guards aknSentinelsIn, which looks
// for the first byte of the first sentinel only.
func TestAKNSentinelsShareTheirFirstByte(t *testing.T) {
	for _, s := range aknSentinels {
		if s[0] != aknMarkerSentinel[0] {
			t.Errorf("sentinel %q does not begin with %#x", s, aknMarkerSentinel[0])
		}
	}
}

// TestAKNAppendNormal compares aknAppendNormal with the plain reading of
// its rule, one character at a time.
func TestAKNAppendNormal(t *testing.T) {
	plain := func(dst, src []byte) []byte {
		start, owed := len(dst), false
		for i := 0; i < len(src); {
			ru, size := utf8.DecodeRune(src[i:])
			if unicode.IsSpace(ru) && !(ru == utf8.RuneError && size == 1) {
				owed = true
			} else {
				if owed && len(dst) > start {
					dst = append(dst, ' ')
				}
				owed = false
				dst = append(dst, src[i:i+size]...)
			}
			i += size
		}
		return dst
	}
	for _, s := range []string{"", " ", "a", " a ", "ab  cd\r\n\tef\v\fg", "x\u00a0y\u2003 z\u0085w", "\xffa \xe2\x80 b\u2011c ", "1.\n  (a)  Decides;  "} {
		for _, dst := range []string{"", "p "} {
			got := string(aknAppendNormal([]byte(dst), []byte(s)))
			want := string(plain([]byte(dst), []byte(s)))
			if got != want {
				t.Errorf("%q + %q: got %q, want %q", dst, s, got, want)
			}
		}
	}
}

func FuzzAKNAppendNormal(f *testing.F) {
	f.Add("p ", " ab  c\u00a0d\xff ")
	f.Fuzz(func(t *testing.T, dst, src string) {
		want := []byte(dst)
		start, owed := len(want), false
		for i := 0; i < len(src); {
			ru, size := utf8.DecodeRuneInString(src[i:])
			if unicode.IsSpace(ru) && !(ru == utf8.RuneError && size == 1) {
				owed = true
			} else {
				if owed && len(want) > start {
					want = append(want, ' ')
				}
				owed = false
				want = append(want, src[i:i+size]...)
			}
			i += size
		}
		if got := aknAppendNormal([]byte(dst), []byte(src)); string(got) != string(want) {
			t.Errorf("%q + %q: got %q, want %q", dst, src, got, want)
		}
	})
}

// aknStructurePlain is aknStructure as first written, a byte at a time,
// against which the one that jumps to the next sentinel is checked.
func aknStructurePlain(text string, labels []string) (string, *structure) {
	if !strings.Contains(text, aknMarkerSentinel) && !strings.Contains(text, aknNoteSentinel) {
		return strings.NewReplacer(aknRepeatSentinel, "", aknRepeatEnd, "").Replace(text), nil
	}
	st := &structure{}
	var b strings.Builder
	for i := 0; i < len(text); {
		switch {
		case strings.HasPrefix(text[i:], aknMarkerSentinel):
			i += len(aknMarkerSentinel)
			at := b.Len()
			if len(labels) > 0 {
				label := labels[0]
				labels = labels[1:]
				if n := atoi(label); n > 0 && strings.HasPrefix(text[i:], label) {
					st.markers = append(st.markers, structMarker{start: at, end: at + len(label), label: n})
				}
			}
		case strings.HasPrefix(text[i:], aknRepeatSentinel):
			i += len(aknRepeatSentinel)
			at := b.Len()
			if n, w := leadingNumber(text[i:]); w > 0 && strings.HasPrefix(text[i+w:], aknRepeatEnd) {
				st.markers = append(st.markers, structMarker{start: at, end: at + w, label: n, repeat: true})
			}
		case strings.HasPrefix(text[i:], aknRepeatEnd):
			i += len(aknRepeatEnd)
		case strings.HasPrefix(text[i:], aknNoteSentinel):
			i += len(aknNoteSentinel)
			at := b.Len()
			n, w := leadingNumber(text[i:])
			end := strings.IndexByte(text[i:], '\n')
			if end < 0 {
				end = len(text) - i
			}
			if w > 0 {
				body := at + w
				for body < at+end && text[i+body-at] == ' ' {
					body++
				}
				st.notes = append(st.notes, structNote{label: n, start: body, end: at + end})
			}
		default:
			b.WriteByte(text[i])
			i++
		}
	}
	return b.String(), st
}

// TestAKNStructureCorpus compares aknStructure with aknStructurePlain on
// the text of every AKN file of the corpus, sentinels and all.
func TestAKNStructureCorpus(t *testing.T) {
	corpus := aknNeedCorpus(t)
	if testing.Short() {
		t.Skip("reads the whole corpus")
	}
	n := 0
	err := filepath.WalkDir(corpus, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".xml") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil || !isAKN(data) {
			return err
		}
		r := newAKNReader(data)
		if !r.scan() {
			return nil
		}
		text := r.text()
		got, gotSt := aknStructure(text, r.markerLabels)
		want, wantSt := aknStructurePlain(text, r.markerLabels)
		if got != want || !reflect.DeepEqual(gotSt, wantSt) {
			t.Errorf("%s: structure differs", path)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no AKN file found in the corpus")
	}
}

func FuzzAKNStructure(f *testing.F) {
	f.Add("of 1949,\uE0001 to\n\n\uE0011 UNTS.\n", "1")
	f.Add("a\uE0023\uE003 b \uE100\uE000x\uE001 \uE0002\n\uE001", "2")
	f.Add("plain \uE002\uE003 text \xee", "")
	f.Fuzz(func(t *testing.T, text, label string) {
		labels := strings.Split(label, ",")
		got, gotSt := aknStructure(text, labels)
		want, wantSt := aknStructurePlain(text, labels)
		if got != want || !reflect.DeepEqual(gotSt, wantSt) {
			t.Errorf("%q %q: got %q %+v, want %q %+v", text, labels, got, gotSt, want, wantSt)
		}
	})
}
