package docxtext

import (
	"strings"
	"testing"

	"github.com/recital-un/recital/internal/docxtext/docxtest"
)

func TestDocxText(t *testing.T) {
	footnotes := docxtest.XMLHeader + `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>` + docxtest.Run(" Resolution 70/1.") + `</w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>` + docxtest.Run(" A/70/684.") + `</w:p></w:footnote>
</w:footnotes>`
	numbering := docxtest.XMLHeader + `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	numbered := func(lvl, s string) string {
		return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="5"/></w:numPr></w:pPr>` + docxtest.Run(s) + `</w:p>`
	}
	for _, tc := range []struct {
		name  string
		parts map[string]string
		want  string
	}{
		{"paragraphs and runs", map[string]string{"word/document.xml": docxtest.Doc(
			`<w:p>` + docxtest.Run("The General ") + docxtest.Run("Assembly,") + `</w:p><w:p></w:p><w:p>` + docxtest.Run("Recalling its resolution") + `<w:r><w:t> 60/45</w:t></w:r></w:p>`)},
			"The General Assembly,\nRecalling its resolution 60/45\n"},
		{"tabs, breaks, no-break hyphens; deleted, hidden and field code text left out", map[string]string{"word/document.xml": docxtest.Doc(
			`<w:p>` + docxtest.Run("70/299.") + `<w:r><w:tab/></w:r>` + docxtest.Run("Follow") + `<w:r><w:noBreakHyphen/></w:r>` + docxtest.Run("up") +
				`<w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>` +
				`<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>`)},
			"70/299.\tFollow-up\n"},
		{"footnotes numbered in the order of reference", map[string]string{
			"word/document.xml": docxtest.Doc(`<w:p>` + docxtest.Run("Takes note of the report ;") + `<w:r><w:footnoteReference w:id="1"/></w:r>` +
				docxtest.Run(" and the Agenda") + `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>` + docxtest.Run(",") + `</w:p>`),
			"word/footnotes.xml": footnotes},
			"Takes note of the report ;1 and the Agenda2,\n\n1 A/70/684.\n2 Resolution 70/1.\n"},
		{"generated paragraph numbers", map[string]string{
			"word/document.xml":  docxtest.Doc(numbered("0", "Decides;") + numbered("1", "For 2017;") + numbered("1", "For 2018;") + numbered("0", "Requests.")),
			"word/numbering.xml": numbering},
			"1.\tDecides;\n(a)\tFor 2017;\n(b)\tFor 2018;\n2.\tRequests.\n"},
		{"text boxes are read once", map[string]string{"word/document.xml": docxtest.Doc(
			`<w:p><mc:AlternateContent><mc:Choice><w:r><w:txbxContent><w:p>` + docxtest.Run("A/RES/70/299") + `</w:p></w:txbxContent></w:r></mc:Choice><mc:Fallback><w:r><w:txbxContent><w:p>` + docxtest.Run("A/RES/70/299") + `</w:p></w:txbxContent></w:r></mc:Fallback></mc:AlternateContent></w:p>`)},
			"A/RES/70/299\n"},
		{"the main part found through the package relationships", map[string]string{
			"_rels/.rels":   `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.xml"/></Relationships>`,
			"word/main.xml": docxtest.Doc(`<w:p>` + docxtest.Run("Found.") + `</w:p>`)},
			"Found.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Extract(docxtest.Make(t, tc.parts))
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"not a Word file", docxtest.Make(t, map[string]string{"hello.txt": "hi"}), "a ZIP archive that is not a Word document"},
		{"corrupt archive", []byte("PK\x03\x04 and then nothing"), "corrupt ZIP archive"},
		{"malformed XML", docxtest.Make(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}), "word/document.xml: XML syntax error"},
		{"a part too large", docxtest.Make(t, map[string]string{"word/document.xml": docxtest.Doc(`<w:p>` + docxtest.Run(strings.Repeat("x", MaxPart)) + `</w:p>`)}), "decompresses to more than 64 MiB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Extract(tc.data); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want …%s…", err, tc.want)
			}
		})
	}
}
